package org.thidua.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * The charset of an HTML page, for Tika's HTML parser: a byte-order mark; valid UTF-8 (which 8-bit text
 * practically never is); the page's own declaration ({@code <meta charset>}); else the Vietnamese 8-bit
 * choice of {@link PlainTextDecoder}. Tika's statistical guess takes short Vietnamese UTF-8 pages for
 * ISO-8859-1.
 */
final class VietnameseEncodingDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  private static final int SAMPLE = 256 * 1024;

  private final HtmlEncodingDetector declared = new HtmlEncodingDetector();

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return null;
    }
    input.mark(SAMPLE + 1);
    byte[] head;
    try {
      head = input.readNBytes(SAMPLE + 1);
    } finally {
      input.reset();
    }
    boolean complete = head.length <= SAMPLE;
    byte[] sample = complete ? head : java.util.Arrays.copyOf(head, SAMPLE);
    Charset guess = PlainTextDecoder.charsetOf(sample, complete);
    if (guess != null && (guess.equals(StandardCharsets.UTF_8) || guess.name().startsWith("UTF-16"))) {
      return guess;
    }
    Charset fromPage = declared.detect(input, metadata);
    if (fromPage != null) {
      return fromPage;
    }
    return guess != null ? guess : StandardCharsets.UTF_8;
  }
}
