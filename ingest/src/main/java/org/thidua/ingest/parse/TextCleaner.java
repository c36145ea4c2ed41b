package org.thidua.ingest.parse;

import java.text.Normalizer;

/**
 * The last pass over every text of a document: NFC; control characters, soft hyphens, zero-width characters,
 * byte-order marks and private-use symbols (Wingdings bullets) removed; no-break and other fixed-width spaces
 * made ordinary spaces. Tabs are kept: in plain text they separate table cells. A line of spaces only becomes
 * empty. Runs after legacy-encoding repair, which needs some of these characters (TCVN3 writes ư as 0xAD,
 * the soft hyphen).
 */
final class TextCleaner {

  private TextCleaner() {}

  static String clean(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = null;
    boolean blank = true;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      char kept = keep(c, nfc, i);
      if (kept != c && out == null) {
        out = new StringBuilder(nfc.length());
        out.append(nfc, 0, i);
      }
      if (kept != 0) {
        if (out != null) {
          out.append(kept);
        }
        blank &= kept == ' ';
      }
    }
    if (blank) {
      return "";
    }
    return out == null ? nfc : out.toString();
  }

  /** The character to keep for {@code c}, or 0 to drop it. */
  private static char keep(char c, String text, int i) {
    if (c == '\t') {
      return c;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return 0;
    }
    if (c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')) {
      return 0;
    }
    if (c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000') {
      return ' ';
    }
    if (c >= '\uE000' && c <= '\uF8FF') {
      return 0;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? c : 0;
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? c : 0;
    }
    return c;
  }
}
