package org.thidua.analysis.fold;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseFoldingFilter}, SPI name {@value #NAME}.
 *
 * <pre>{@code <filter name="vietnameseFolding" preserveOriginal="false"/>}</pre>
 */
public class VietnameseFoldingFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "vietnameseFolding";

  private final boolean preserveOriginal;

  public VietnameseFoldingFilterFactory(Map<String, String> args) {
    super(args);
    preserveOriginal = getBoolean(args, "preserveOriginal", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public VietnameseFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseFoldingFilter(input, preserveOriginal);
  }

  /** Query-time normalisation of wildcard and prefix terms: fold, never keep the original. */
  @Override
  public TokenStream normalize(TokenStream input) {
    return new VietnameseFoldingFilter(input, false);
  }
}
