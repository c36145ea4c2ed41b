package org.thidua.analysis.fold;

import java.text.Normalizer;

/**
 * Removes Vietnamese diacritics: every tone mark and vowel mark (ă â ê ô ơ ư), and đ → d, Đ → D. Other Latin letters
 * with diacritics (é, ü …) lose them too, since names and loan words in plans carry them and a person typing without
 * diacritics means the bare letter. Case is kept; lowercasing is a separate filter.
 *
 * <p>Works on precomposed (NFC) and decomposed text alike: combining marks U+0300–U+036F are dropped. The result is
 * never longer than the input, so callers can fold into a buffer of the input's length.
 */
public final class VietnameseFolding {

  /** Base letter for each char in [0, TABLE_END); 0 means "unchanged". */
  private static final int TABLE_END = 0x1F00;

  private static final char[] TABLE = buildTable();

  private VietnameseFolding() {}

  private static char[] buildTable() {
    char[] table = new char[TABLE_END];
    for (int c = 0x00C0; c < TABLE_END; c++) {
      if (c > 0x024F && c < 0x1E00) {
        continue; // only Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional hold such letters
      }
      String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      if (decomposed.length() > 1 && isAsciiLetter(decomposed.charAt(0)) && allCombining(decomposed, 1)) {
        table[c] = decomposed.charAt(0);
      }
    }
    // letters with a stroke do not decompose
    table['đ'] = 'd';
    table['Đ'] = 'D';
    table['\u00D0'] = 'D'; // Ð ETH, often typed for Đ
    table['\u0189'] = 'D'; // Ɖ African D
    return table;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean allCombining(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!isCombiningMark(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isCombiningMark(char c) {
    return c >= 0x0300 && c <= 0x036F;
  }

  /** True when {@link #fold} would change this char (a letter with diacritics or a combining mark). */
  public static boolean isFoldable(char c) {
    return (c < TABLE_END && TABLE[c] != 0) || isCombiningMark(c);
  }

  /**
   * Folds {@code src[0..length)} into {@code dst}, which may be {@code src} itself and must hold {@code length}
   * chars.
   *
   * @return the folded length (≤ length)
   */
  public static int fold(char[] src, int length, char[] dst) {
    int out = 0;
    for (int i = 0; i < length; i++) {
      char c = src[i];
      if (c < TABLE_END) {
        char base = TABLE[c];
        if (base != 0) {
          dst[out++] = base;
          continue;
        }
        if (isCombiningMark(c)) {
          continue;
        }
      }
      dst[out++] = c;
    }
    return out;
  }

  /** Folds a string; returns the same instance when nothing changes. */
  public static String fold(String s) {
    int i = 0;
    while (i < s.length() && !isFoldable(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    char[] chars = s.toCharArray();
    int len = fold(chars, chars.length, chars);
    return new String(chars, 0, len);
  }
}
