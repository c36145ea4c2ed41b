package org.thidua.ingest.extract.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Clean-up of text as extraction sees it: NFC, single spaces, no emphasis marks, no list bullets. */
public final class Text {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000]+");
  // markdown-like emphasis around words ("*102*", "**KT. GIÁM ĐỐC"), as converters leave it in plain text;
  // between two words it stood for a line break ("PHỤ LỤC**Kèm theo")
  private static final Pattern EMPHASIS_BETWEEN = Pattern.compile("(?<=[\\p{L}\\p{N}.,;:)”\"])(?:\\*{2,}|_{2,})(?=[\\p{L}\\p{N}(“\"])");
  private static final Pattern EMPHASIS = Pattern.compile("\\*+(?=\\S)|(?<=\\S)\\*+|_{2,}(?=\\S)|(?<=\\S)_{2,}");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-+•●▪◦∙–—*]|\\.{1,3})\\s*(?=\\S)");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s.,;:]+$");

  private Text() {}

  /** NFC, emphasis marks removed, whitespace (tabs included) collapsed to single spaces, trimmed. */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
      t = EMPHASIS_BETWEEN.matcher(t).replaceAll(" ");
      t = EMPHASIS.matcher(t).replaceAll("");
    }
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** Without a leading list bullet ("- ", "+ ", "• "). */
  public static String stripBullet(String s) {
    return BULLET.matcher(s).replaceFirst("");
  }

  /** Whether the text starts with a list bullet. */
  public static boolean hasBullet(String s) {
    return BULLET.matcher(s).find();
  }

  /** Without trailing punctuation (". , ; :") and spaces. */
  public static String stripTrailingPunctuation(String s) {
    return TRAILING_PUNCT.matcher(s).replaceFirst("");
  }

  /** Whether the letters of the text are all upper case (and there are at least two of them). */
  public static boolean isUpperCase(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The text with its first letter in upper case. */
  public static String capitalize(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return s.substring(0, i) + s.substring(i, i + 1).toUpperCase(Locale.ROOT) + s.substring(i + 1);
      }
    }
    return s;
  }

  /** Number of space-separated words. */
  public static int wordCount(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }
}
