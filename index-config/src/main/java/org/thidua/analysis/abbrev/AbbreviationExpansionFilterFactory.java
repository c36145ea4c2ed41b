package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.thidua.dictionary.Abbreviations;

/**
 * Factory for {@link AbbreviationExpansionFilter}, SPI name {@value #NAME}.
 *
 * <pre>{@code
 * <filter name="vietnameseAbbreviation"
 *         dictionary="org/thidua/dictionary/abbreviations.tsv"
 *         tokenizer="vietnamese" tokenizer.segment="true" tokenizer.modelDir="/opt/vncorenlp"
 *         flatten="false"/>
 * }</pre>
 *
 * <ul>
 *   <li>{@code dictionary}: a resource or file in the {@link Abbreviations} format; default the bundled one.
 *   <li>{@code tokenizer}: SPI name of the tokenizer that splits expansions, default {@value #DEFAULT_TOKENIZER}; it
 *       must be the chain's own tokenizer with the same settings, passed as {@code tokenizer.<arg>}, so that an
 *       expansion gives the same tokens as the same words in the text.
 *   <li>{@code flatten}: {@code true} for index-time chains: the output is already flat (as after {@code
 *       flattenGraph}, which then is not needed); default {@code false}, the graph for query parsing.
 * </ul>
 */
public class AbbreviationExpansionFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "vietnameseAbbreviation";

  public static final String DEFAULT_TOKENIZER = "vietnamese";
  private static final String TOKENIZER_PREFIX = "tokenizer.";

  private final String dictionaryName;
  private final boolean flatten;
  private final String tokenizerName;
  private final Map<String, String> tokenizerArgs = new HashMap<>();
  private volatile AbbreviationExpansions expansions;

  public AbbreviationExpansionFilterFactory(Map<String, String> args) {
    super(args);
    dictionaryName = get(args, "dictionary");
    flatten = getBoolean(args, "flatten", false);
    tokenizerName = get(args, "tokenizer", DEFAULT_TOKENIZER);
    for (Iterator<Map.Entry<String, String>> it = args.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, String> e = it.next();
      if (e.getKey().startsWith(TOKENIZER_PREFIX)) {
        tokenizerArgs.put(e.getKey().substring(TOKENIZER_PREFIX.length()), e.getValue());
        it.remove();
      }
    }
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public AbbreviationExpansionFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    Abbreviations dictionary;
    if (dictionaryName == null) {
      dictionary = Abbreviations.bundled();
    } else {
      try (InputStream in = loader.openResource(dictionaryName)) {
        dictionary = Abbreviations.parse(in, dictionaryName);
      }
    }
    Map<String, String> args = new HashMap<>(tokenizerArgs);
    if (getLuceneMatchVersion() != null) {
      args.putIfAbsent(LUCENE_MATCH_VERSION_PARAM, getLuceneMatchVersion().toString());
    }
    TokenizerFactory tokenizerFactory = TokenizerFactory.forName(tokenizerName, args);
    if (tokenizerFactory instanceof ResourceLoaderAware aware) {
      aware.inform(loader);
    }
    try (Analyzer tokenizer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = tokenizerFactory.create();
            return new TokenStreamComponents(t);
          }
        }) {
      expansions = AbbreviationExpansions.compile(dictionary, tokenizer);
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (expansions == null) {
      throw new IllegalStateException(NAME + " used before inform(ResourceLoader)");
    }
    return new AbbreviationExpansionFilter(input, expansions, flatten);
  }
}
