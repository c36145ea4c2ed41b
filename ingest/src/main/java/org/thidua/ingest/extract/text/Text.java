package org.thidua.ingest.extract.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Clean-up of text as extraction sees it: NFC, single spaces, no emphasis marks, no list bullets. */
public final class Text {

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
    if (t.indexOf('*') >= 0 || t.indexOf("__") >= 0) {
      t = EMPHASIS_BETWEEN.matcher(t).replaceAll(" ");
      t = EMPHASIS.matcher(t).replaceAll("");
    }
    return collapseSpaces(t);
  }

  /** Runs of white space (tabs, no-break and other fixed-width spaces included) as one space, trimmed. */
  private static String collapseSpaces(String t) {
    int n = t.length();
    boolean clean = n == 0 || !isSpace(t.charAt(0)) && !isSpace(t.charAt(n - 1));
    for (int i = 0; clean && i < n; i++) {
      char c = t.charAt(i);
      // the last character is no space, so i + 1 is inside the text here
      if (isSpace(c) && (c != ' ' || isSpace(t.charAt(i + 1)))) {
        clean = false;
      }
    }
    if (clean) {
      return t;
    }
    StringBuilder sb = new StringBuilder(n);
    boolean pending = false;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (isSpace(c)) {
        pending = !sb.isEmpty();
      } else {
        if (pending) {
          sb.append(' ');
          pending = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
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
