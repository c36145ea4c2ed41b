package org.thidua.ingest.parse.legacy;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds Vietnamese text written in a legacy 8-bit encoding (TCVN3, VNI) and converts it to Unicode.
 *
 * <p>The decision is statistical and conservative. Only texts made entirely of windows-1252 characters are
 * candidates (proper Unicode Vietnamese nearly always has letters beyond U+00FF, such as ư, ơ, đ, ạ). Their
 * non-ASCII words are read three ways — as they are, as TCVN3 and as VNI — and each reading counts the words
 * that are well-formed Vietnamese syllables ({@link VietnameseSyllables}). A document is legacy when one
 * legacy reading wins clearly over the text as it is. Each text is then converted when the legacy reading
 * wins for that text; when the whole document has no proper Unicode Vietnamese (an old file, all in one
 * encoding) a tie is enough. Converting proper text would destroy it, so proper text must lose: it has no
 * words that only the legacy reading makes valid.
 */
public final class LegacyTextRepair {

  /** TCVN3 codes from 0xB5 on are the letters with tone marks, which have no capital codes. */
  private static final char FIRST_TONED_CODE = '\u00B5';

  private static final LegacyTextRepair INSTANCE = new LegacyTextRepair(VietnameseSyllables.get());

  private final VietnameseSyllables syllables;

  LegacyTextRepair(VietnameseSyllables syllables) {
    this.syllables = syllables;
  }

  /** The shared instance (thread-safe). */
  public static LegacyTextRepair get() {
    return INSTANCE;
  }

  /**
   * What to do with one document.
   *
   * @param encoding the legacy encoding found, empty when the document is proper Unicode
   * @param wholeDocument true when the document has no proper Unicode Vietnamese at all, so every
   *     candidate text is taken to be in {@code encoding} unless it reads better as it is
   */
  public record Decision(Optional<LegacyEncoding> encoding, boolean wholeDocument) {
    public static final Decision NONE = new Decision(Optional.empty(), false);

    public boolean converts() {
      return encoding.isPresent();
    }
  }

  /** Decides for a document given all its texts (paragraphs and table-cell paragraphs). */
  public Decision decide(Collection<String> texts) {
    Score total = Score.ZERO;
    boolean properUnicode = false;
    for (String text : texts) {
      if (Windows1252.containsAll(text)) {
        total = total.plus(score(text));
      } else if (!properUnicode && hasUnicodeVietnamese(text)) {
        properUnicode = true;
      }
    }
    LegacyEncoding best = total.tcvn3 >= total.vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
    int valid = total.valid(best);
    boolean legacy = valid > total.asIs && 2 * valid >= total.candidates;
    return legacy ? new Decision(Optional.of(best), !properUnicode) : Decision.NONE;
  }

  /**
   * Converts one text of a document as the decision says; returns it unchanged when it is not legacy. A text
   * that mixes proper Unicode with legacy words (an old document edited later) has just those words converted
   * that are Vietnamese only in the legacy reading.
   */
  public String apply(Decision decision, String text) {
    if (decision.encoding().isEmpty() || isAscii(text)) {
      return text;
    }
    LegacyEncoding encoding = decision.encoding().get();
    if (!Windows1252.containsAll(text)) {
      return convertWords(encoding, text);
    }
    Score score = score(text);
    int valid = score.valid(encoding);
    boolean convert = decision.wholeDocument() ? valid >= score.asIs : valid > score.asIs;
    if (!convert) {
      return convertWords(encoding, text);
    }
    String decoded = encoding.decode(text);
    if (encoding != LegacyEncoding.TCVN3) {
      return decoded;
    }
    return typedInCapitals(text) ? decoded.toUpperCase(Locale.ROOT) : capitalizeSentenceStarts(text, decoded);
  }

  /**
   * TCVN3 has no code for a capital letter with a tone mark: typists set that one letter in a capitals-only
   * font (.VnTimeH) over a lower-case code. Where a sentence starts — the paragraph's first letter, or a letter
   * after ". ", "! ", "? " — such a letter must have been a capital. Elsewhere ("; Ủy ban") it cannot be told.
   */
  private static String capitalizeSentenceStarts(String legacy, String decoded) {
    if (legacy.length() != decoded.length()) {
      return decoded; // TCVN3 decodes letter for letter; anything else is not ours to touch
    }
    char[] out = decoded.toCharArray();
    boolean sentenceStart = true;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (Character.isLetter(c)) {
        if (sentenceStart && Character.isLowerCase(c) && legacy.charAt(i) >= FIRST_TONED_CODE) {
          out[i] = Character.toUpperCase(c);
        }
        sentenceStart = false;
      } else if (c == '.' || c == '!' || c == '?') {
        sentenceStart = i + 1 < out.length && Character.isWhitespace(out[i + 1]);
      } else if (Character.isDigit(c)) {
        sentenceStart = false;
      }
    }
    return new String(out);
  }

  /**
   * How Vietnamese a text looks under its best reading (as it is, TCVN3 or VNI): the number of its non-ASCII
   * words that are well-formed syllables. Used to choose the charset of an 8-bit file.
   */
  public int vietnameseWords(String text) {
    if (!Windows1252.containsAll(text)) {
      return score(text).asIs;
    }
    Score score = score(text);
    return Math.max(score.asIs, Math.max(score.tcvn3, score.vni));
  }

  /** Converts the words that are not Vietnamese as they are but are in the legacy reading. */
  private String convertWords(LegacyEncoding encoding, String text) {
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      boolean candidate = false;
      while (i < n && !isSeparator(text.charAt(i))) {
        candidate |= text.charAt(i) >= 0x80;
        i++;
      }
      if (candidate) {
        String word = text.substring(start, i);
        if (Windows1252.containsAll(word) && valid(word) == 0) {
          String decoded = encoding.decode(word);
          if (valid(decoded) == 1) {
            if (out == null) {
              out = new StringBuilder(text.length()).append(text, 0, start);
            }
            out.append(decoded);
            continue;
          }
        }
      }
      if (out != null) {
        out.append(text, start, i);
      }
      while (i < n && isSeparator(text.charAt(i))) {
        if (out != null) {
          out.append(text.charAt(i));
        }
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  /** Counts of well-formed syllables among the non-ASCII words of a text, read each way. */
  record Score(int candidates, int asIs, int tcvn3, int vni) {
    static final Score ZERO = new Score(0, 0, 0, 0);

    Score plus(Score o) {
      return new Score(candidates + o.candidates, asIs + o.asIs, tcvn3 + o.tcvn3, vni + o.vni);
    }

    int valid(LegacyEncoding encoding) {
      return switch (encoding) {
        case TCVN3 -> tcvn3;
        case VNI -> vni;
      };
    }
  }

  Score score(String text) {
    int candidates = 0, asIs = 0, tcvn3 = 0, vni = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSeparator(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean nonAscii = false;
      while (i < n && !isSeparator(text.charAt(i))) {
        nonAscii |= text.charAt(i) >= 0x80;
        i++;
      }
      if (nonAscii) {
        String word = text.substring(start, i);
        candidates++;
        asIs += valid(word);
        if (Windows1252.containsAll(word)) {
          tcvn3 += valid(LegacyEncoding.TCVN3.decode(word));
          vni += valid(LegacyEncoding.VNI.decode(word));
        }
      }
    }
    return new Score(candidates, asIs, tcvn3, vni);
  }

  private int valid(String word) {
    int from = 0, to = word.length();
    while (from < to && !Character.isLetter(word.charAt(from))) from++;
    while (to > from && !Character.isLetter(word.charAt(to - 1))) to--;
    return from < to && syllables.isSyllable(word.substring(from, to)) ? 1 : 0;
  }

  /** Words are split at ASCII non-letters: legacy encodings put Vietnamese letters only at 0x80–0xFF. */
  private static boolean isSeparator(char c) {
    return c < 0x80 ? !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : Character.isWhitespace(c) || c == '\u00A0';
  }

  /**
   * A line typed in a capitals-only TCVN3 font (.VnTimeH) has its ASCII letters in capitals and its
   * Vietnamese letters in lower-case codes ("KÕ HO¹CH"): after decoding it must be upper-cased.
   */
  private static boolean typedInCapitals(String text) {
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
      if (c >= 'A' && c <= 'Z') {
        upper++;
      }
    }
    return upper >= 2;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Letters of Vietnamese outside Latin-1: ă đ ĩ ũ ơ ư and the Latin Extended Additional block. */
  static boolean hasUnicodeVietnamese(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x1EA0 && c <= 0x1EF9 || "ĂăĐđĨĩŨũƠơƯư".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
