package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.thidua.dictionary.Abbreviations;

/**
 * Factory for {@link AbbreviationContractionFilter}, SPI name {@value #NAME}; for index-time chains, before
 * {@code vietnameseAbbreviation} (with {@code flatten="true"}) and before lowercasing.
 *
 * <pre>{@code
 * <filter name="vietnameseAbbreviationContraction"
 *         dictionary="org/thidua/dictionary/abbreviations.tsv"
 *         tokenizer="vietnamese" tokenizer.segment="true" tokenizer.modelDir="/opt/vncorenlp"
 *         ignoreDiacritics="false"/>
 * }</pre>
 *
 * <ul>
 *   <li>{@code dictionary}, {@code tokenizer}, {@code tokenizer.<arg>}: as for {@code vietnameseAbbreviation}; the
 *       tokenizer must be the chain's own with the same settings, so that an expansion is split into exactly the
 *       tokens the same words in the text give.
 *   <li>{@code ignoreDiacritics} (default {@code false}): also contract expansions written without diacritics ("thi
 *       dua khen thuong"); for a chain that folds diacritics anyway.
 * </ul>
 *
 * Abbreviations that are also syllables ({@link Abbreviations#needsContext}) are never contracted; the query side
 * keeps expanding them with {@code vietnameseAbbreviation expand="contextual"}.
 */
public class AbbreviationContractionFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "vietnameseAbbreviationContraction";

  private final ExpansionsConfig config;
  private final boolean ignoreDiacritics;
  private volatile AbbreviationContractions contractions;

  public AbbreviationContractionFilterFactory(Map<String, String> args) {
    super(args);
    ignoreDiacritics = getBoolean(args, "ignoreDiacritics", false);
    config = new ExpansionsConfig(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public AbbreviationContractionFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    contractions = AbbreviationContractions.compile(config.load(loader, getLuceneMatchVersion()), ignoreDiacritics);
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (contractions == null) {
      throw new IllegalStateException(NAME + " used before inform(ResourceLoader)");
    }
    return new AbbreviationContractionFilter(input, contractions);
  }
}
