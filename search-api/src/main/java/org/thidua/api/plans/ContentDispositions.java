package org.thidua.api.plans;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition: attachment} for a file name that may be Vietnamese: an ASCII {@code filename} for old
 * clients (diacritics dropped, đ as d) and the exact name as {@code filename*} (RFC 6266, RFC 5987 encoding).
 */
final class ContentDispositions {
  private ContentDispositions() {}

  static String attachment(String fileName) {
    return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
  }

  static String asciiFallback(String name) {
    String folded =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder out = new StringBuilder(folded.length());
    for (char c : folded.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return out.toString();
  }

  /** Percent-encodes everything but RFC 5987's attr-char. */
  static String rfc5987(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
