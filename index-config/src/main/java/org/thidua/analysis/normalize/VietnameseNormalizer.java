package org.thidua.analysis.normalize;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Brings Vietnamese text to one canonical spelling so that the same word always looks the same, whatever
 * keyboard, converter or PDF produced it.
 *
 * <ol>
 *   <li>Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are removed.
 *   <li>No-break and other typographic spaces (U+00A0, U+2007, U+202F, U+2000–U+200A, U+205F, U+3000) become
 *       an ordinary space.
 *   <li>Look-alikes of Đ/đ are folded to the real letters U+0110/U+0111: Ð/ð (U+00D0/U+00F0, Icelandic eth,
 *       produced by many legacy converters) and Ɖ/ɖ (U+0189/U+0256, African D).
 *   <li>Curly and low quotes become straight ones: “ ” „ ‟ « » → {@code "} and ‘ ’ ‚ ‛ → {@code '}. The
 *       extraction code and queries then only have to know one quote character, and {@code "} still marks
 *       quoted movement names; it is also what people type in a search box.
 *   <li>Unicode NFC (decomposed "tổ hợp" text, e.g. {@code o + U+0302 + U+0301}, becomes precomposed ố).
 *   <li>One tone-mark placement: in the open syllables {@code oa oe uy} (no final consonant) the mark sits on
 *       the first vowel (hòa, khỏe, thúy, ủy); when a final consonant follows it sits on the second
 *       (hoàng, khuỳnh, hoạch); after {@code qu} the {@code u} belongs to the consonant (quý, quà). Triphthongs
 *       (ngoài, khuya, khuỷu) keep the mark where it is. Letter case is kept letter by letter.
 * </ol>
 *
 * <p>Every step works inside a word or a combining sequence, so text may be normalised in chunks cut just
 * before an ASCII whitespace character. Only steps 1 and 5 change the length; the optional {@link
 * OffsetCorrection} reports those changes in the form a Lucene {@code BaseCharFilter} expects.
 */
public final class VietnameseNormalizer {

  /** Receives offset corrections, in the sense of Lucene's {@code BaseCharFilter.addOffCorrectMap}. */
  @FunctionalInterface
  public interface OffsetCorrection {
    /**
     * From output offset {@code outputOffset} on, the input offset is the output offset plus {@code
     * cumulativeDiff}. Calls come with non-decreasing output offsets.
     */
    void add(int outputOffset, int cumulativeDiff);
  }

  private static final char REMOVE = '\uFFFF';

  // Per-char classes for the code points up to U+1EFF (Latin, Vietnamese precomposed letters).
  private static final int TABLE_SIZE = 0x1F00;
  private static final byte OTHER = 0;
  private static final byte CONSONANT = 1;
  private static final byte VOWEL = 2;
  private static final byte[] CLASS = new byte[TABLE_SIZE];

  // Vowels: base (lowercase letter without tone, keeping ă â ê ô ơ ư), upper flag, tone 0..5.
  private static final String BASES = "aăâeêioôơuưy";
  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};
  private static final byte[] VOWEL_BASE = new byte[TABLE_SIZE]; // index into BASES
  private static final byte[] VOWEL_TONE = new byte[TABLE_SIZE];
  private static final boolean[] VOWEL_UPPER = new boolean[TABLE_SIZE];
  private static final char[][] COMPOSE_LOWER = new char[BASES.length()][6];
  private static final char[][] COMPOSE_UPPER = new char[BASES.length()][6];
  private static final int BASE_A = BASES.indexOf('a');
  private static final int BASE_E = BASES.indexOf('e');
  private static final int BASE_O = BASES.indexOf('o');
  private static final int BASE_U = BASES.indexOf('u');
  private static final int BASE_Y = BASES.indexOf('y');

  static {
    for (char c : "bcdđfghjklmnpqrstvwxz".toCharArray()) {
      CLASS[c] = CONSONANT;
      CLASS[Character.toUpperCase(c)] = CONSONANT;
    }
    for (int b = 0; b < BASES.length(); b++) {
      for (int t = 0; t < 6; t++) {
        String lower = Character.toString(BASES.charAt(b)) + (t == 0 ? "" : Character.toString(TONE_MARKS[t]));
        char lc = Normalizer.normalize(lower, Normalizer.Form.NFC).charAt(0);
        char uc = Normalizer.normalize(lower.toUpperCase(java.util.Locale.ROOT), Normalizer.Form.NFC).charAt(0);
        COMPOSE_LOWER[b][t] = lc;
        COMPOSE_UPPER[b][t] = uc;
        for (char c : new char[] {lc, uc}) {
          CLASS[c] = VOWEL;
          VOWEL_BASE[c] = (byte) b;
          VOWEL_TONE[c] = (byte) t;
          VOWEL_UPPER[c] = c == uc;
        }
      }
    }
  }

  private VietnameseNormalizer() {}

  /** The normalised form of {@code text}; returns the same content (as a String) when nothing changes. */
  public static String normalize(CharSequence text) {
    return normalize(text, null);
  }

  /**
   * The normalised form of {@code text}, reporting length changes to {@code corrections} (may be null).
   */
  public static String normalize(CharSequence text, OffsetCorrection corrections) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) < 0x80) {
      i++;
    }
    if (i == n) {
      return text.toString(); // ASCII: nothing to do
    }
    StringBuilder out = new StringBuilder(n);
    Corrections corr = corrections == null ? null : new Corrections();
    mapAndCompose(text, out, corr);
    placeTones(out);
    if (corr != null) {
      corr.emit(corrections);
    }
    return out.toString();
  }

  /**
   * The replacement of one character by steps 1–4, or {@code U+FFFF} when the character is removed. Useful
   * for callers that map characters one by one; NFC and tone placement need context and are not included.
   */
  public static char mapChar(char c) {
    if (c < 0xA0) {
      return c;
    }
    return switch (c) {
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> REMOVE;
      case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
          '\u2008', '\u2009', '\u200A', '\u205F', '\u3000' -> ' ';
      case '\u00D0', '\u0189' -> '\u0110';
      case '\u00F0', '\u0256' -> '\u0111';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB' -> '"';
      case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
      default -> c;
    };
  }

  /** True when {@code c} needs no NFC work and no other character can combine with the one before it. */
  private static boolean isSimpleStarter(char c) {
    return c < 0x300 || (c >= 0x1E00 && c < 0x1F00);
  }

  /** Steps 1–5: character mapping, then NFC over each sequence that is not already simple. */
  private static void mapAndCompose(CharSequence text, StringBuilder out, Corrections corr) {
    int n = text.length();
    int segOut = 0; // output start of the current sequence (its starter)
    boolean complex = false; // current sequence holds something NFC may change
    for (int i = 0; i < n; i++) {
      char c = mapChar(text.charAt(i));
      if (c == REMOVE) {
        if (corr != null && !complex) {
          corr.add(out.length(), i + 1 - out.length());
        }
        continue;
      }
      if (isSimpleStarter(c)) {
        if (complex) {
          finishComplex(out, segOut, i, corr);
          complex = false;
        }
        segOut = out.length();
        out.append(c);
      } else {
        complex = true;
        out.append(c);
      }
    }
    if (complex) {
      finishComplex(out, segOut, n, corr);
    }
  }

  private static void finishComplex(StringBuilder out, int segOut, int inputEnd, Corrections corr) {
    String seg = out.substring(segOut);
    String nfc = Normalizer.normalize(seg, Normalizer.Form.NFC);
    if (!nfc.equals(seg)) {
      out.setLength(segOut);
      out.append(nfc);
    }
    if (corr != null) {
      corr.truncate(segOut);
      int inputStart = out.length() - nfc.length() + corr.diffAt(segOut);
      int inputLen = inputEnd - inputStart;
      // output chars beyond the input's length (NFC expansions) all point at the sequence's end
      for (int k = Math.max(inputLen, 1); k < nfc.length(); k++) {
        corr.add(segOut + k, inputEnd - (segOut + k));
      }
      corr.add(out.length(), inputEnd - out.length());
    }
  }

  /** Step 6, in place (never changes the length): each run of letters that may be a syllable. */
  private static void placeTones(StringBuilder s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      boolean latin = c < TABLE_SIZE && CLASS[c] != OTHER;
      if (!latin && !Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean vietnamese = true;
      while (i < n) {
        c = s.charAt(i);
        if (c < TABLE_SIZE && CLASS[c] != OTHER) {
          i++;
        } else if (Character.isLetter(c)) {
          vietnamese = false; // another alphabet inside: not a Vietnamese syllable
          i++;
        } else {
          break;
        }
      }
      // a combining mark left after NFC (nothing to compose with) would compose with a moved mark
      boolean markFollows = i < n && isMark(s.charAt(i));
      if (vietnamese && !markFollows && i - start >= 2 && i - start <= 7) {
        fixSyllable(s, start, i);
      }
    }
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /** Moves the tone mark of one syllable {@code s[start, end)} to its canonical vowel. */
  private static void fixSyllable(StringBuilder s, int start, int end) {
    int v = start;
    while (v < end && CLASS[s.charAt(v)] == CONSONANT) {
      v++;
    }
    if (v == end || v - start > 3) {
      return;
    }
    boolean afterQ = v > start && Character.toLowerCase(s.charAt(v - 1)) == 'q';
    int coda = v;
    while (coda < end && CLASS[s.charAt(coda)] == VOWEL) {
      coda++;
    }
    if (!isFinalConsonant(s, coda, end)) {
      return;
    }
    if (afterQ) {
      // "qu": the u belongs to the consonant; a mark typed on it moves to the vowel after it
      if (coda - v >= 2 && VOWEL_BASE[s.charAt(v)] == BASE_U && VOWEL_TONE[s.charAt(v)] != 0
          && VOWEL_TONE[s.charAt(v + 1)] == 0) {
        moveTone(s, v, v + 1);
      }
      return;
    }
    if (coda - v != 2) {
      return;
    }
    char first = s.charAt(v);
    char second = s.charAt(v + 1);
    int b1 = VOWEL_BASE[first];
    int b2 = VOWEL_BASE[second];
    boolean pair = (b1 == BASE_O && (b2 == BASE_A || b2 == BASE_E)) || (b1 == BASE_U && b2 == BASE_Y);
    if (!pair) {
      return;
    }
    if (coda == end) {
      if (VOWEL_TONE[second] != 0 && VOWEL_TONE[first] == 0) {
        moveTone(s, v + 1, v);
      }
    } else if (VOWEL_TONE[first] != 0 && VOWEL_TONE[second] == 0) {
      moveTone(s, v, v + 1);
    }
  }

  private static boolean isFinalConsonant(StringBuilder s, int from, int end) {
    int len = end - from;
    if (len == 0) {
      return true;
    }
    if (len > 2) {
      return false;
    }
    char a = Character.toLowerCase(s.charAt(from));
    if (len == 1) {
      return a == 'c' || a == 'm' || a == 'n' || a == 'p' || a == 't';
    }
    char b = Character.toLowerCase(s.charAt(from + 1));
    return (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'));
  }

  private static void moveTone(StringBuilder s, int from, int to) {
    char f = s.charAt(from);
    char t = s.charAt(to);
    int tone = VOWEL_TONE[f];
    s.setCharAt(from, compose(VOWEL_BASE[f], 0, VOWEL_UPPER[f]));
    s.setCharAt(to, compose(VOWEL_BASE[t], tone, VOWEL_UPPER[t]));
  }

  private static char compose(int base, int tone, boolean upper) {
    return upper ? COMPOSE_UPPER[base][tone] : COMPOSE_LOWER[base][tone];
  }

  /** Corrections collected first, so that an NFC sequence can take back those recorded inside it. */
  private static final class Corrections {
    private int[] offsets = new int[8];
    private int[] diffs = new int[8];
    private int size;

    void add(int off, int diff) {
      if (size > 0 && diffs[size - 1] == diff) {
        return;
      }
      if (size > 0 && offsets[size - 1] == off) {
        diffs[size - 1] = diff;
        return;
      }
      if (size == offsets.length) {
        offsets = Arrays.copyOf(offsets, size * 2);
        diffs = Arrays.copyOf(diffs, size * 2);
      }
      offsets[size] = off;
      diffs[size] = diff;
      size++;
    }

    /** Drops corrections at output offsets after {@code off}. */
    void truncate(int off) {
      while (size > 0 && offsets[size - 1] > off) {
        size--;
      }
    }

    int diffAt(int off) {
      int d = 0;
      for (int k = size - 1; k >= 0; k--) {
        if (offsets[k] <= off) {
          d = diffs[k];
          break;
        }
      }
      return d;
    }

    void emit(OffsetCorrection sink) {
      for (int k = 0; k < size; k++) {
        sink.add(offsets[k], diffs[k]);
      }
    }
  }
}
