package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.thidua.analysis.abbrev.AbbreviationExpansionFilter.Expand;
import org.thidua.dictionary.Abbreviations;

/**
 * Factory for {@link AbbreviationExpansionFilter}, SPI name {@value #NAME}.
 *
 * <pre>{@code
 * <filter name="vietnameseAbbreviation"
 *         dictionary="org/thidua/dictionary/abbreviations.tsv"
 *         tokenizer="vietnamese" tokenizer.segment="true" tokenizer.modelDir="/opt/vncorenlp"
 *         flatten="false" expand="all"/>
 * }</pre>
 *
 * <ul>
 *   <li>{@code dictionary}: a resource or file in the {@link Abbreviations} format; default the bundled one.
 *   <li>{@code tokenizer}: SPI name of the tokenizer that splits expansions, default {@value #DEFAULT_TOKENIZER}; it
 *       must be the chain's own tokenizer with the same settings, passed as {@code tokenizer.<arg>}, so that an
 *       expansion gives the same tokens as the same words in the text.
 *   <li>{@code flatten}: {@code true} for index-time chains: the output is already flat (as after {@code
 *       flattenGraph}, which then is not needed); default {@code false}, the graph for query parsing.
 *   <li>{@code expand}: {@code all} (default) expands every abbreviation; {@code contextual} only those whose
 *       reading depends on their neighbours (capitals-only abbreviations that are also syllables, {@code TU},
 *       {@code TƯ}, {@code ĐA}: {@link Abbreviations#needsContext}). {@code contextual} is for the query side of a
 *       chain whose index side also has {@code vietnameseAbbreviationContraction}: the index then holds every
 *       other abbreviation over its spelled-out words, so the query keeps the abbreviation as one term instead of
 *       a disjunction with the words.
 * </ul>
 */
public class AbbreviationExpansionFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "vietnameseAbbreviation";

  public static final String DEFAULT_TOKENIZER = ExpansionsConfig.DEFAULT_TOKENIZER;

  private final ExpansionsConfig config;
  private final boolean flatten;
  private final Expand expand;
  private volatile AbbreviationExpansions expansions;

  public AbbreviationExpansionFilterFactory(Map<String, String> args) {
    super(args);
    flatten = getBoolean(args, "flatten", false);
    String mode = get(args, "expand", "all");
    expand =
        switch (mode.toLowerCase(Locale.ROOT)) {
          case "all" -> Expand.ALL;
          case "contextual" -> Expand.CONTEXTUAL;
          default -> throw new IllegalArgumentException("expand must be all or contextual, not: " + mode);
        };
    config = new ExpansionsConfig(args);
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
    expansions = config.load(loader, getLuceneMatchVersion());
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (expansions == null) {
      throw new IllegalStateException(NAME + " used before inform(ResourceLoader)");
    }
    return new AbbreviationExpansionFilter(input, expansions, flatten, expand);
  }
}
