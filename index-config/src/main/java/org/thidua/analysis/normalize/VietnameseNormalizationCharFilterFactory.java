package org.thidua.analysis.normalize;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link VietnameseNormalizationCharFilter}, SPI name {@value #NAME}; no arguments.
 *
 * <pre>{@code <charFilter name="vietnameseNormalization"/>}</pre>
 */
public class VietnameseNormalizationCharFilterFactory extends CharFilterFactory {

  /** SPI name. */
  public static final String NAME = "vietnameseNormalization";

  public VietnameseNormalizationCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public VietnameseNormalizationCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new VietnameseNormalizationCharFilter(input);
  }

  /** Query terms (wildcards, prefixes) are normalised the same way. */
  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
