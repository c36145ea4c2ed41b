package org.thidua.analysis.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits raw text into tokens and sentences so that the word segmenter sees the tokens VnCoreNLP's tokenizer
 * gives on ordinary text (the behaviour described in SEGMENTER.md: punctuation split from words), but keeps legal
 * document symbols whole ({@code 91/2017/NĐ-CP}, {@code 05/KH-UBND}, {@code 34-CT/TW}, {@code 30/2014/QĐ-UBND})
 * and the abbreviations of administrative text ({@code KT.}, {@code TP.}, {@code V/v}, {@code KT-XH}) whole, agency
 * names abbreviated with {@code &} included ({@code GD&ĐT}, {@code LĐ-TB&XH}, {@code VH,TT&DL}): cut at the
 * {@code &}, their pieces would be read as other abbreviations ({@code KH} of {@code KH&CN} is "Kế hoạch").
 *
 * <p>Text is cut into lines, lines into whitespace-separated chunks, chunks into tokens: a chunk of letters or
 * digits is one token; a trailing comma is split off; forms of {@code token-exceptions.txt} ({@code V/v},
 * {@code km/h}) stay whole; dotted abbreviations of {@code abbreviations.txt} ({@code KT.}, {@code TP.}) stay whole
 * before a capitalised word or a number; a trailing full stop after a letter is split off, except after a single
 * capital ("I.", "Q.") or a capitalised abbreviation without a vowel ("Tp.", "ThS."); a chunk that is wholly a
 * date, number, percentage, time, legal symbol, e-mail or web address, hyphenated word, agency abbreviation
 * (parts in capitals or without a vowel joined by {@code &} and hyphens, as typed in queries too: {@code gd&đt};
 * or parts of at most three letters listed with commas before a final {@code &}), or ellipsis stays whole; an
 * {@code &} between words, or between spaces, is a token of its own ("rock&roll", "Nam&Nữ", "A & B");
 * otherwise a listed form standing apart inside it, else the first of those kinds (in that priority) found inside
 * it, is cut out and the pieces are tokenized again, down to single punctuation marks. Sentences end after
 * {@code . ? ! …} unless a lowercase word, a digit, a comma, a closing bracket or quote follows, and at every
 * line end. Thread-safe.
 */
public final class TextTokenizer {
  /** Chunks (text between spaces) longer than this are cut at punctuation without the pattern machinery. */
  public static final int MAX_CHUNK = 200;
  /** No token is longer than this. */
  public static final int MAX_TOKEN = 255;

  // building blocks of the kinds of token below
  private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
  private static final String MONTH_OF_YEAR = "(?:1[0-2]|0?[1-9])";
  private static final String YEAR = "\\d{4}";
  private static final String HOUR = "(?:0?\\d|1\\d|2[0-3])";
  private static final String MINUTE = "(?:0?\\d|[1-5]\\d)";
  private static final String DIGITS_GROUPED = "\\d+(?:[.,]\\d+)*"; // 1.000, 12,5, 1.234.567
  private static final String NUMBER = "[-+]?" + DIGITS_GROUPED + "%?\\p{Sc}?";
  private static final String LETTERS = "\\p{L}+";
  private static final String PHONE_GAP = "[\\s.-]?";
  private static final String URL_CHARS = "[-\\w@:%.+~#=]"; // \\w is ASCII here
  // priority order of the kinds of token; the first whose pattern finds something decides the cut
  private static final Pattern[] PATTERNS = {
    Pattern.compile("\\.{2,}"), // 0 ellipsis
    Pattern.compile("[\\w.-]+@(?:[\\w-]+\\.)*[\\w-]+"), // 1 e-mail
    Pattern.compile( // 2 web address: with a scheme or www., or a bare host name ending in a lowercase top-level domain
        "(?:(?:https?|ftp)://|www\\.)[^\\s/$.?#]\\S+"
        + "|(?:https?://)?(?:www\\.)?" + URL_CHARS + "{2,256}\\.[a-z]{2,6}\\b[-\\w@:%+.~#?&/=]*"),
    Pattern.compile("\\d+(?:/\\d{2,4})?[/-]\\p{Lu}[\\p{L}\\d]*(?:[-/.&]\\p{Lu}[\\p{L}\\d]*)*"), // 3 legal symbol
    Pattern.compile(DAY + "[/.-]" + MONTH_OF_YEAR + "[/.-]" + YEAR), // 4 full date
    Pattern.compile(MONTH_OF_YEAR + "/" + YEAR), // 5 month/year
    Pattern.compile(DAY + "/" + MONTH_OF_YEAR), // 6 day/month
    // hh:mm:ss, or hours then minutes of one or two digits: inside a longer chunk "10h30" is found as "10h3"
    Pattern.compile("\\d\\d:\\d\\d:\\d\\d|" + HOUR + "[:h]" + MINUTE + "(?:[’'p]|ph)?"), // 7 time
    Pattern.compile("\\p{Sc}" + DIGITS_GROUPED + "|" + DIGITS_GROUPED + "\\p{Sc}"), // 8 money
    // 9 phone: optional country code, then groups of at least 2, 3 and 3 digits
    Pattern.compile("(?:\\(?\\+\\d{1,2}\\)?" + PHONE_GAP + ")?\\d{2,}" + PHONE_GAP + "\\d{3,}" + PHONE_GAP + "\\d{3,}"),
    Pattern.compile(LETTERS + "(?:[.-]" + LETTERS + ")+|" + LETTERS + "-\\d+"), // 10 dotted/hyphenated letters, code-number
    Pattern.compile(NUMBER + "(?:[-+*/]" + NUMBER + ")*"), // 11 number expression, range
    Pattern.compile(NUMBER), // 12 number
    Pattern.compile(LETTERS + "(?:-" + LETTERS + ")+"), // 13 hyphenated word
    null, // 14 punctuation mark: per style, see PUNCTUATION_*
    Pattern.compile("[-~@#^&*+<>|]"), // 15 special character
    Pattern.compile("[A-Z]+\\.[A-Z]+"), // 16 capitals with a dot
    // 17 agency abbreviation: letters joined by & and hyphens (GD&ĐT, LĐ-TB&XH, R&D, gd&đt), or parts of at most
    // three letters listed with commas before a final & (VH,TT&DL); each part must pass isAgencyAbbreviation
    Pattern.compile("(?<![\\p{L}\\d])(?:\\p{L}+(?:-\\p{L}+)*(?:&\\p{L}+(?:-\\p{L}+)*)+"
        + "|\\p{L}{1,3}(?:,\\p{L}{1,3})+&\\p{L}{1,3})(?![\\p{L}\\d])"),
  };
  private static final Pattern PUNCTUATION_SEARCH = Pattern.compile("[,.:?!;\\-_\"'“”|()\\[\\]{}\\\\/…‘’·«»–—]");
  // for VnCoreNLP-compatible output « » – — are not split off, so "–Xã" stays one token there
  private static final Pattern PUNCTUATION_VNCORENLP = Pattern.compile("[,.:?!;\\-_\"'“”|()\\[\\]{}\\\\/…‘’·]");
  private static final int WEB = 2;
  private static final int LEGAL = 3;
  private static final int MONTH = 5;
  private static final int SHORT_NAME = 10;
  private static final int AGENCY = 17;
  private static final int NUMBER_EXPRESSION = 11;
  private static final int NUMBER_KIND = 12;
  // agency abbreviations are looked for before dotted/hyphenated letters, which would take "LĐ-TB" out of "LĐ-TB&XH"
  private static final int[] FIND_ORDER = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 17, 10, 11, 12, 13, 14, 15, 16};
  // dates are looked for before legal symbols in VnCoreNLP-compatible output: "39/2013/QH13)" stays whole there
  private static final int[] FIND_ORDER_VNCORENLP = {0, 1, 2, 4, 5, 3, 6, 7, 8, 9, 17, 10, 11, 12, 13, 14, 15, 16};
  private static final int PUNCTUATION = 14;
  private static final TokenType[] KIND_TYPES = {
    TokenType.PUNCT, TokenType.SYMBOL, TokenType.SYMBOL, TokenType.SYMBOL, TokenType.DATE, TokenType.DATE,
    TokenType.DATE, TokenType.TIME, TokenType.NUM, TokenType.NUM, TokenType.WORD, TokenType.NUM, TokenType.NUM,
    TokenType.WORD, TokenType.PUNCT, TokenType.PUNCT, TokenType.SYMBOL, TokenType.WORD,
  };

  private static final TextTokenizer INSTANCE = new TextTokenizer(true, false);
  private static final TextTokenizer VNCORENLP = new TextTokenizer(true, true);

  /** Dotted abbreviations kept whole before a capitalised word or a number (abbreviations.txt). */
  private final Set<String> beforeName;
  /** Forms kept whole in any context (token-exceptions.txt). */
  private final Set<String> always;
  /** Both lists, longest first: the order in which listed forms are looked for inside a chunk. */
  private final String[] cutOrder;
  private final ThreadLocal<Matcher[]> matchers = ThreadLocal.withInitial(() -> {
    Matcher[] m = new Matcher[PATTERNS.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = (i == PUNCTUATION ? punctuation() : PATTERNS[i]).matcher("");
    }
    return m;
  });

  private final boolean shortcut;
  private final boolean vncorenlp;

  private TextTokenizer(boolean shortcut, boolean vncorenlp) {
    this.shortcut = shortcut;
    this.vncorenlp = vncorenlp;
    List<String> a = resourceLines("abbreviations.txt");
    List<String> x = resourceLines("token-exceptions.txt");
    beforeName = new HashSet<>(a);
    always = new HashSet<>(x);
    List<String> all = new ArrayList<>(a);
    all.addAll(x);
    all.sort(Comparator.comparingInt(String::length).reversed()); // stable: equal lengths keep file order
    cutOrder = all.toArray(String[]::new);
  }

  /** Tests check that the shortcut for marks around a word gives what the general path gives. */
  static TextTokenizer withoutShortcut(boolean vncorenlp) {
    return new TextTokenizer(false, vncorenlp);
  }

  /** The tokenizer for search (used by {@link VietnameseTokenizer}). */
  public static TextTokenizer get() {
    return INSTANCE;
  }

  /**
   * The tokenizer for output compared with VnCoreNLP's (the {@code segment} command), matching its documented
   * behaviour where it differs from the search tokenizer: only ASCII whitespace separates tokens (a no-break space
   * stays inside one), only {@code \n} and {@code \r} end lines, « » – — are not split off words, a chunk in
   * which a month/year is found with no letter before it stays whole ("12/2021)."), and so does a chunk ending in
   * a full stop after dotted or hyphenated letters ("NĐ-CP."). Legal symbols and abbreviations stay whole all the
   * same, agency abbreviations with {@code &} ({@code GD&ĐT}) too, although VnCoreNLP itself splits them at the
   * {@code &} (its special-character rule); the word segmenter makes any token that is not all letters a word of
   * its own, so it is never joined to its neighbours.
   */
  public static TextTokenizer vncorenlp() {
    return VNCORENLP;
  }

  private Pattern punctuation() {
    return vncorenlp ? PUNCTUATION_VNCORENLP : PUNCTUATION_SEARCH;
  }

  private static List<String> resourceLines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = TextTokenizer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Tokens of {@code text}, for convenience; offsets are into {@code text}. */
  public Tokens tokenize(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    Tokens out = new Tokens();
    tokenize(chars, 0, chars.length, out);
    return out;
  }

  /**
   * Appends the tokens of {@code text[from, to)} to {@code out} and marks sentence ends; the last token of
   * every line ends a sentence, and so does the last token of the range.
   */
  public void tokenize(char[] text, int from, int to, Tokens out) {
    int lineStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || (vncorenlp ? text[i] == '\n' || text[i] == '\r' : isLineBreak(text[i]))) {
        int first = out.size();
        line(text, lineStart, i, out);
        splitSentences(text, out, first, out.size());
        lineStart = i + 1;
      }
    }
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C'
        || c == '\u0085';
  }

  /** Every char up to U+0020 (as String.trim), and Unicode spaces (no-break spaces included). */
  static boolean isSpace(char c) {
    return c <= ' ' || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  /** What Java's regex {@code \\s} (VnCoreNLP's separator) matches. */
  static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private boolean separates(char c) {
    return vncorenlp ? isAsciiSpace(c) : isSpace(c);
  }

  private void line(char[] t, int from, int to, Tokens out) {
    int i = from;
    while (i < to && separates(t[i])) {
      i++;
    }
    while (i < to) {
      int s = i;
      while (i < to && !separates(t[i])) {
        i++;
      }
      int e = i;
      while (i < to && separates(t[i])) {
        i++;
      }
      chunk(t, s, e, i < to ? t[i] : NOTHING, out);
    }
  }

  /** What follows the last chunk of a line. */
  private static final char NOTHING = '\n';

  /**
   * Tokens of the chunk {@code t[s, e)}; {@code next} is the first char after it (after spaces, if the chunk ended
   * at a space; {@link #NOTHING} at the end of the line), which decides whether a dotted abbreviation stays whole.
   */
  private void chunk(char[] t, int s, int e, char next, Tokens out) {
    int len = e - s;
    if (len <= 0) {
      return;
    }
    if (len > MAX_CHUNK) {
      longChunk(t, s, e, out);
      return;
    }
    if (len == 1) {
      out.add(s, e, singleType(t[s]));
      return;
    }
    boolean letters = true;
    boolean digits = true;
    for (int k = s; k < e; k++) {
      char c = t[k];
      if (c < 0x80) {
        boolean digit = c >= '0' && c <= '9';
        boolean letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        digits &= digit;
        letters &= letter;
        if (!digit && !letter) {
          letters = false;
          digits = false;
          break;
        }
      } else if (Character.isLetter(c)) {
        digits = false;
      } else if (Character.isDigit(c)) {
        letters = false;
      } else {
        letters = false;
        digits = false;
        break;
      }
    }
    if (letters || digits || allLetterOrDigit(t, s, e)) {
      out.add(s, e, digits ? TokenType.NUM : TokenType.WORD);
      return;
    }
    char last = t[e - 1];
    if (last == ',') {
      chunk(t, s, e - 1, ',', out);
      out.add(e - 1, e, TokenType.PUNCT);
      return;
    }
    String whole = new String(t, s, len);
    if (always.contains(whole) || (beforeName.contains(whole) && startsName(next))) {
      out.add(s, e, TokenType.WORD);
      return;
    }
    if (last == '.' && Character.isAlphabetic(t[e - 2])) {
      if (len == 2 && Character.isUpperCase(t[s])) {
        out.add(s, e, TokenType.WORD); // an initial, a one-letter abbreviation or a heading number: "A.", "Q.", "I."
        return;
      }
      if (isVowellessAbbreviation(t, s, e - 1)) {
        out.add(s, e, TokenType.WORD); // "Tp.", "ThS.", "Ng.": no Vietnamese word ends a sentence without a vowel
        return;
      }
      if (vncorenlp && matchers.get()[SHORT_NAME].reset(CharBuffer.wrap(t, s, len)).find()) {
        out.add(s, e, contentType(t, s, e)); // compatible output keeps "NĐ-CP." and "v.v." with their full stop
        return;
      }
      if (!allLetters(t, s, e - 1) && cutListed(t, s, e, whole, next, out)) {
        return; // "**KT. GIÁM ĐỐC": the listed abbreviation keeps its dot
      }
      chunk(t, s, e - 1, '.', out);
      out.add(e - 1, e, TokenType.PUNCT);
      return;
    }
    if (shortcut && bracketed(t, s, e, vncorenlp, out)) {
      return;
    }
    if (!cutListed(t, s, e, whole, next, out)) {
      patterns(t, s, e, next, out);
    }
  }

  /** Cuts the longest listed form that stands apart out of the chunk; false when there is none. */
  private boolean cutListed(char[] t, int s, int e, String whole, char next, Tokens out) {
    for (String form : cutOrder) {
      int from = 0;
      for (int at; (at = whole.indexOf(form, from)) >= 0; from = at + 1) {
        int ms = s + at;
        int me = ms + form.length();
        if (standsApart(t, s, e, ms, me, next, always.contains(form))) {
          cut(t, s, e, ms, me, next, TokenType.WORD, out);
          return true;
        }
      }
    }
    return false;
  }

  private static boolean allLetters(char[] t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isLetter(t[k])) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word or a number follows: a listed dotted abbreviation before it is no sentence end. */
  private static boolean startsName(char next) {
    return Character.isUpperCase(next) || Character.isDigit(next);
  }

  /**
   * Whether the listed form at {@code [ms, me)} of the chunk {@code [s, e)} is a token of its own there: no letter,
   * digit or joining mark right before it; after it, for a dotted abbreviation, a capitalised word or a number
   * that is not itself a listed title (so "PGS.TS" stays one token) and not another dot ("v.v..." is "v.v" and an
   * ellipsis); for the other forms, no letter, digit or joining mark.
   */
  private boolean standsApart(char[] t, int s, int e, int ms, int me, char next, boolean always) {
    if (ms > s && joins(t[ms - 1])) {
      return false;
    }
    char after = me < e ? t[me] : next;
    if (t[me - 1] != '.') {
      return me == e || !joins(after);
    }
    if (after == '.' || !(always || startsName(after))) {
      return false;
    }
    int p = me;
    while (p < e && Character.isLetter(t[p])) {
      p++;
    }
    return p == me || !beforeName.contains(new String(t, me, p - me) + ".");
  }

  /** Chars that make a listed form part of a longer word, number or address. */
  private static boolean joins(char c) {
    return Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '-' || c == '_' || c == '@';
  }

  /**
   * {@code t[s, e)} is 2 to 4 letters, begins with a capital, has a lowercase letter and no vowel ("Tp", "ThS",
   * "Ng", "Mrs"): an abbreviation, since every Vietnamese syllable has a vowel and all-capital acronyms (TĐKT)
   * do end sentences.
   */
  private static boolean isVowellessAbbreviation(char[] t, int s, int e) {
    int len = e - s;
    if (len < 2 || len > 4 || !Character.isUpperCase(t[s])) {
      return false;
    }
    boolean lower = false;
    for (int k = s; k < e; k++) {
      char c = t[k];
      if (!Character.isLetter(c) || isVowel(c)) {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower;
  }

  private static boolean isVowel(char c) {
    char base = c < 0x80 ? c : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
    return "aeiouyAEIOUY".indexOf(base) >= 0;
  }

  private static boolean allLetterOrDigit(char[] t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isLetterOrDigit(t[k])) {
        return false;
      }
    }
    return true;
  }

  private static TokenType singleType(char c) {
    if (Character.isLetter(c)) {
      return TokenType.WORD;
    }
    if (Character.isDigit(c)) {
      return TokenType.NUM;
    }
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c) ? TokenType.SYMBOL : TokenType.PUNCT;
  }

  /** Marks that are split off a word or number by the shortcut below. */
  private static boolean isEdgeMark(char c, boolean vncorenlp) {
    return switch (c) {
      case '(', ')', '[', ']', '{', '}', '"', '“', '”', '‘', '’', '\'', ':', ';', '!', '?', ',', '…', '·' -> true;
      case '«', '»', '–', '—' -> !vncorenlp;
      default -> false;
    };
  }

  /**
   * Shortcut for the most common shape, marks around one word or number ("(TĐKT)", "“Cán", "2022);"): the
   * same tokens as the general path, without patterns. A full stop is allowed only last, after a mark or digit.
   */
  private static boolean bracketed(char[] t, int s, int e, boolean vncorenlp, Tokens out) {
    int end = t[e - 1] == '.' ? e - 1 : e;
    if (end < e && !(isEdgeMark(t[end - 1], vncorenlp) || (t[end - 1] >= '0' && t[end - 1] <= '9'))) {
      return false;
    }
    int a = s;
    while (a < end && isEdgeMark(t[a], vncorenlp)) {
      a++;
    }
    int b = end;
    while (b > a && isEdgeMark(t[b - 1], vncorenlp)) {
      b--;
    }
    if (a == b) {
      if (end < e && end - s > 0) {
        return false; // marks then a full stop: let the general path decide
      }
      for (int k = s; k < e; k++) {
        out.add(k, k + 1, TokenType.PUNCT);
      }
      return true;
    }
    boolean letters = true;
    boolean digits = true;
    for (int k = a; k < b; k++) {
      char c = t[k];
      letters &= Character.isLetter(c);
      digits &= c >= '0' && c <= '9';
    }
    if (!letters && !digits) {
      return false;
    }
    for (int k = s; k < a; k++) {
      out.add(k, k + 1, TokenType.PUNCT);
    }
    out.add(a, b, digits ? TokenType.NUM : TokenType.WORD);
    for (int k = b; k < e; k++) {
      out.add(k, k + 1, TokenType.PUNCT);
    }
    return true;
  }

  /** Tokenizes the three pieces of a chunk around {@code [ms, me)}, each knowing what follows it. */
  private void cut(char[] t, int s, int e, int ms, int me, char next, TokenType type, Tokens out) {
    if (ms == s && me == e) {
      out.add(s, e, type); // the piece is the whole chunk: nothing left to cut
      return;
    }
    chunk(t, s, ms, t[ms], out);
    chunk(t, ms, me, me < e ? t[me] : next, out);
    chunk(t, me, e, next, out);
  }

  private void patterns(char[] t, int s, int e, char next, Tokens out) {
    Matcher[] m = matchers.get();
    CharBuffer chunk = CharBuffer.wrap(t, s, e - s);
    for (int k = 0; k < m.length; k++) {
      Matcher x = m[k].reset(chunk);
      if (x.matches() && (k != LEGAL || isLegalSymbol(t, s, e)) && (k != AGENCY || isAgencyAbbreviation(t, s, e))) {
        out.add(s, e, type(k, t, s, e));
        return;
      }
    }
    for (int k : vncorenlp ? FIND_ORDER_VNCORENLP : FIND_ORDER) {
      Matcher x = m[k].reset(chunk);
      int from = 0;
      while (x.find(from)) {
        int ms = s + x.start();
        int me = s + x.end();
        if ((k == LEGAL && !isLegalSymbol(t, ms, me)) || (k == AGENCY && !isAgencyAbbreviation(t, ms, me))) {
          from = x.start() + 1;
          continue;
        }
        if (k == WEB && !isWebAddress(t, s, e)) { // judged on the whole chunk
          break;
        }
        if ((k == NUMBER_EXPRESSION || k == NUMBER_KIND) && isDigits(t, ms, me)
            && ((ms > s && Character.isLetter(t[ms - 1])) || (me < e && Character.isLetter(t[me])))) {
          // digits written against letters are one alphanumeric token ("F0", "U23", "m2"), not a number
          while (ms > s && Character.isLetterOrDigit(t[ms - 1])) {
            ms--;
          }
          while (me < e && Character.isLetterOrDigit(t[me])) {
            me++;
          }
          m[k].reset("");
          cut(t, s, e, ms, me, next, TokenType.WORD, out);
          return;
        }
        if (k == MONTH && vncorenlp && !hasLetter(t, s, ms)) {
          out.add(s, e, contentType(t, s, e)); // compatible output keeps such a chunk whole: "12/2021)."
          return;
        }
        TokenType type = type(k, t, ms, me);
        m[k].reset(""); // the chunk may be cut again below, reusing these matchers
        cut(t, s, e, ms, me, next, type, out);
        return;
      }
    }
    out.add(s, e, contentType(t, s, e));
  }

  private static boolean isDigits(char[] t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (t[k] < '0' || t[k] > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(char[] t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (Character.isDigit(t[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(char[] t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (Character.isLetter(t[k])) {
        return true;
      }
    }
    return false;
  }

  private static TokenType type(int kind, char[] t, int s, int e) {
    TokenType type = KIND_TYPES[kind];
    if (type == TokenType.NUM && t[e - 1] == '%') {
      return TokenType.PERCENT;
    }
    if ((kind == SHORT_NAME || kind == 13 || kind == AGENCY) && (isLegalSymbolLike(t, s, e) || hasDigit(t, s, e))) {
      return TokenType.SYMBOL; // NĐ-CP, KH-UBND, COVID-19, GD&ĐT
    }
    return type;
  }

  /** A legal symbol has a type or agency code of at least two capitals (NĐ, QĐ, KH, UBND, TW). */
  private static boolean isLegalSymbol(char[] t, int s, int e) {
    return isLegalSymbolLike(t, s, e);
  }

  /**
   * Every part between the joiners {@code & - ,} is in capitals ("GD", "UBND") or has no vowel ("gd", "đt",
   * "PTNT", "r"): a typed abbreviation, never a Vietnamese or English word ("Nam&Nữ", "rock&roll").
   */
  private static boolean isAgencyAbbreviation(char[] t, int s, int e) {
    boolean capitals = true;
    boolean vowel = false;
    for (int k = s; k <= e; k++) {
      if (k == e || !Character.isLetter(t[k])) {
        if (!capitals && vowel) {
          return false;
        }
        capitals = true;
        vowel = false;
      } else {
        capitals &= Character.isUpperCase(t[k]);
        vowel |= isVowel(t[k]);
      }
    }
    return true;
  }

  private static boolean isLegalSymbolLike(char[] t, int s, int e) {
    int capitalsInPart = 0;
    for (int k = s; k < e; k++) {
      char c = t[k];
      if (Character.isUpperCase(c)) {
        if (++capitalsInPart >= 2) {
          return true;
        }
      } else if (!Character.isLetter(c)) {
        capitalsInPart = 0;
      }
    }
    return false;
  }

  /** Not a web address when a part between dots is one capital or holds non-ASCII chars ("TP.Hà"). */
  private static boolean isWebAddress(char[] t, int s, int e) {
    int partStart = s;
    for (int k = s; k <= e; k++) {
      if (k == e || t[k] == '.') {
        if (k - partStart == 1 && Character.isUpperCase(t[partStart])) {
          return false;
        }
        partStart = k + 1;
      } else if (t[k] >= 128) {
        return false;
      }
    }
    return true;
  }

  private static TokenType contentType(char[] t, int s, int e) {
    boolean letter = false;
    boolean alnum = false;
    for (int k = s; k < e; k++) {
      char c = t[k];
      if (Character.isLetter(c)) {
        letter = true;
      }
      if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
        alnum = true;
      }
    }
    return letter ? TokenType.WORD : alnum ? TokenType.SYMBOL : TokenType.PUNCT;
  }

  /** Very long runs without spaces: letters/digits runs (cut at {@link #MAX_TOKEN}) and single marks. */
  private static void longChunk(char[] t, int s, int e, Tokens out) {
    int i = s;
    while (i < e) {
      int cp = Character.codePointAt(t, i, e);
      int n = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        int start = i;
        while (i < e && i - start < MAX_TOKEN) {
          int c = Character.codePointAt(t, i, e);
          if (!Character.isLetterOrDigit(c) || i - start + Character.charCount(c) > MAX_TOKEN) {
            break;
          }
          i += Character.charCount(c);
        }
        out.add(start, i, contentType(t, start, i));
      } else {
        out.add(i, i + n, n == 2 ? TokenType.SYMBOL : TokenType.PUNCT);
        i += n;
      }
    }
  }

  // ---- sentences ----

  private static boolean is(char[] t, Tokens tok, int i, String s) {
    int a = tok.start(i);
    int len = tok.end(i) - a;
    if (len != s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (t[a + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static char first(char[] t, Tokens tok, int i) {
    return t[tok.start(i)];
  }

  private static boolean isSentenceEndMark(char[] t, Tokens tok, int i) {
    int a = tok.start(i);
    int len = tok.end(i) - a;
    if (len == 1 && (t[a] == '?' || t[a] == '!' || t[a] == '…')) {
      return true;
    }
    for (int k = a; k < a + len; k++) {
      if (t[k] != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isClosing(char[] t, Tokens tok, int i) {
    if (tok.end(i) - tok.start(i) != 1) {
      return false;
    }
    char c = first(t, tok, i);
    return c == '”' || c == '\uFFFD' || c == '\'' || c == ')' || c == '}' || c == ']';
  }

  /** Marks sentence ends among tokens [from, to) of one line (SEGMENTER.md gives the segmenter sentences). */
  private static void splitSentences(char[] t, Tokens tok, int from, int to) {
    if (to <= from) {
      return;
    }
    int sentenceStart = from;
    for (int i = from; i < to; i++) {
      if (i == to - 1) {
        tok.markSentenceEnd(i);
        return;
      }
      int next = i + 1;
      if (i < to - 2 && is(t, tok, i, ":")) {
        if ((Character.isDigit(first(t, tok, next)) && is(t, tok, i + 2, ".")) || is(t, tok, i + 2, ",")) {
          tok.markSentenceEnd(i);
          sentenceStart = i + 1;
          continue;
        }
      }
      if (!isSentenceEndMark(t, tok, i)) {
        continue;
      }
      if (is(t, tok, next, "\"") || is(t, tok, next, "''")) {
        int quotes = 0;
        for (int k = sentenceStart; k <= i; k++) {
          if (is(t, tok, k, "\"") || is(t, tok, k, "''")) {
            quotes++;
          }
        }
        if (quotes % 2 == 1) {
          continue; // inside a quotation
        }
      }
      char n = first(t, tok, next);
      if (isClosing(t, tok, next) || Character.isLowerCase(n) || is(t, tok, next, ",") || Character.isDigit(n)) {
        continue;
      }
      if (i - sentenceStart + 1 == 2 && is(t, tok, i, ".")) {
        char before = first(t, tok, i - 1);
        if (Character.isDigit(before) || Character.isLowerCase(before)
            || (Character.isUpperCase(before) && tok.end(i - 1) - tok.start(i - 1) == 1)) {
          continue; // "1 ." or "a ." or "A ." opening a numbered item
        }
      }
      tok.markSentenceEnd(i);
      sentenceStart = i + 1;
    }
  }
}
