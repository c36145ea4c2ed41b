package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.apache.lucene.util.Version;
import org.thidua.dictionary.Abbreviations;

/**
 * The arguments both abbreviation factories share ({@code dictionary}, {@code tokenizer}, {@code tokenizer.<arg>})
 * and the compilation of {@link AbbreviationExpansions} from them, so that expansion and contraction split the
 * dictionary's expansions exactly alike.
 */
final class ExpansionsConfig {

  static final String DEFAULT_TOKENIZER = "vietnamese";
  private static final String TOKENIZER_PREFIX = "tokenizer.";

  private final String dictionaryName;
  private final String tokenizerName;
  private final Map<String, String> tokenizerArgs = new HashMap<>();

  /** Takes the shared arguments out of {@code args} (a factory's remaining arguments). */
  ExpansionsConfig(Map<String, String> args) {
    dictionaryName = args.remove("dictionary");
    String tokenizer = args.remove("tokenizer");
    tokenizerName = tokenizer == null ? DEFAULT_TOKENIZER : tokenizer;
    for (Iterator<Map.Entry<String, String>> it = args.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, String> e = it.next();
      if (e.getKey().startsWith(TOKENIZER_PREFIX)) {
        tokenizerArgs.put(e.getKey().substring(TOKENIZER_PREFIX.length()), e.getValue());
        it.remove();
      }
    }
  }

  /** Reads the dictionary and splits its expansions with the configured tokenizer. */
  AbbreviationExpansions load(ResourceLoader loader, Version luceneMatchVersion) throws IOException {
    Abbreviations dictionary;
    if (dictionaryName == null) {
      dictionary = Abbreviations.bundled();
    } else {
      try (InputStream in = loader.openResource(dictionaryName)) {
        dictionary = Abbreviations.parse(in, dictionaryName);
      }
    }
    Map<String, String> args = new HashMap<>(tokenizerArgs);
    if (luceneMatchVersion != null) {
      args.putIfAbsent(AbstractAnalysisFactory.LUCENE_MATCH_VERSION_PARAM, luceneMatchVersion.toString());
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
      return AbbreviationExpansions.compile(dictionary, tokenizer);
    }
  }
}
