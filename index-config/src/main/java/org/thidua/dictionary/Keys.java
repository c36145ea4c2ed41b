package org.thidua.dictionary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Matching keys for dictionary look-ups: lower case, without diacritics ("đ" → "d"), punctuation as spaces,
 * single spaces. Folding diacritics makes old and new tone placement ("Hoà"/"Hòa", "Uỷ"/"Ủy") and spelling
 * of dashes and commas ("Thi đua - Khen thưởng", "Thi đua, khen thưởng") meet on one key.
 */
public final class Keys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");

  private Keys() {}

  /** The folded key of a name: "Ban TĐKT, Sở Nội vụ" → "ban tdkt so noi vu". Slashes are kept (symbols). */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    return s;
  }

  /**
   * Folds one character the way {@link #fold} does, for position-preserving scans: letters and digits lose
   * their marks and case, anything else becomes a space.
   */
  public static char foldChar(char c) {
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (Character.isLetterOrDigit(c)) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      return Character.toLowerCase(d.charAt(0));
    }
    return c == '/' ? '/' : ' ';
  }
}
