package org.thidua.analysis.segment;

import java.util.List;
import java.util.Locale;

/**
 * VnCoreNLP's RDRsegmenter on a loaded {@link SegmenterModel}: initial tags from the lexicon and the word
 * lists, then the rule tree corrects each tag from its context (two tokens either side, initial tags).
 * Works on int ids: every token is lowercased and brought to the model's tone-mark style once, looked up
 * without creating a string, and everything after that compares ints. Thread-safe.
 */
public final class RdrWordSegmenter implements WordSegmenter {
  // token properties, computed on the token as written (tone moves keep letter-ness and case)
  private static final int LETTERS = 1; // every char Character.isLetter
  private static final int FIRST_LOWER = 2;
  private static final int FIRST_UPPER = 4;
  private static final int ALL_UPPER = 8;
  private static final int BRACKET = 16; // the tokens LBKT / RBKT, which end a capitalised run

  // the model's tone style (SEGMENTER.md step 1): òa → oà, òe → oè, ùy → uỳ, Ủy → Uỷ
  private static final String O_TONED = "òóỏõọ";
  private static final String U_TONED = "ùúủũụ";
  private static final String A_TONED = "àáảãạ";
  private static final String E_TONED = "èéẻẽẹ";
  private static final String Y_TONED = "ỳýỷỹỵ";

  private final SegmenterModel model;
  private final boolean firstBegins;
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
  private volatile RdrWordSegmenter verbatim;

  public RdrWordSegmenter(SegmenterModel model) {
    this(model, true);
  }

  private RdrWordSegmenter(SegmenterModel model, boolean firstBegins) {
    this.model = model;
    this.firstBegins = firstBegins;
  }

  /**
   * The same segmenter, except that a sentence's first token keeps the tag the rules give it, as in VnCoreNLP:
   * when that is "continues a word", VnCoreNLP writes the sentence as {@code _Word ...}. For output compared with
   * VnCoreNLP's; everything else should use this segmenter, whose first token always begins a word.
   */
  public RdrWordSegmenter verbatim() {
    if (!firstBegins) {
      return this;
    }
    RdrWordSegmenter v = verbatim;
    if (v == null) {
      verbatim = v = new RdrWordSegmenter(model, false);
    }
    return v;
  }

  public SegmenterModel model() {
    return model;
  }

  @Override
  public boolean[] wordStarts(List<String> tokens) {
    int n = tokens.size();
    int total = 0;
    for (String t : tokens) {
      total += t.length();
    }
    char[] text = new char[total];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int p = 0;
    for (int i = 0; i < n; i++) {
      String t = tokens.get(i);
      t.getChars(0, t.length(), text, p);
      starts[i] = p;
      p += t.length();
      ends[i] = p;
    }
    boolean[] out = new boolean[n];
    wordStarts(text, starts, ends, 0, n, out);
    return out;
  }

  @Override
  public void wordStarts(char[] text, int[] starts, int[] ends, int from, int to, boolean[] out) {
    int count = to - from;
    if (count <= 0) {
      return;
    }
    Scratch w = scratch.get();
    w.ensure(count);
    int[] ids = w.ids;
    int[] props = w.props;
    for (int i = 0; i < count; i++) {
      analyze(text, starts[from + i], ends[from + i], w, i);
    }
    boolean[] initB = w.initB;
    initialTags(ids, props, count, initB);
    int[] ctx = w.ctx;
    RuleTree tree = model.tree;
    for (int i = 0; i < count; i++) {
      context(ids, initB, count, i, ctx);
      int fired = tree.fire(ctx);
      out[from + i] = fired != 0 && tree.depth(fired) > 0 ? tree.concludesB(fired) : initB[i];
    }
    if (firstBegins) {
      out[from] = true; // a sentence always begins a word
    }
  }

  private void context(int[] ids, boolean[] initB, int n, int i, int[] ctx) {
    int wordSentinel = model.wordSentinel;
    int tagSentinel = model.tagSentinel;
    int b = model.tagB;
    int in = model.tagI;
    if (i > 1) {
      ctx[0] = ids[i - 2];
      ctx[1] = initB[i - 2] ? b : in;
    } else {
      ctx[0] = wordSentinel;
      ctx[1] = tagSentinel;
    }
    if (i > 0) {
      ctx[2] = ids[i - 1];
      ctx[3] = initB[i - 1] ? b : in;
    } else {
      ctx[2] = wordSentinel;
      ctx[3] = tagSentinel;
    }
    ctx[4] = ids[i];
    ctx[5] = initB[i] ? b : in;
    if (i < n - 1) {
      ctx[6] = ids[i + 1];
      ctx[7] = initB[i + 1] ? b : in;
    } else {
      ctx[6] = wordSentinel;
      ctx[7] = tagSentinel;
    }
    if (i < n - 2) {
      ctx[8] = ids[i + 2];
      ctx[9] = initB[i + 2] ? b : in;
    } else {
      ctx[8] = wordSentinel;
      ctx[9] = tagSentinel;
    }
  }

  /** SEGMENTER.md step 2, on ids and properties. */
  private void initialTags(int[] ids, int[] props, int n, boolean[] initB) {
    SpanSet spans = model.spans;
    byte[] flags = model.flags;
    int i = 0;
    while (i < n) {
      int p = props[i];
      if ((p & LETTERS) == 0) {
        initB[i++] = true;
        continue;
      }
      if ((p & FIRST_LOWER) != 0 && i + 1 < n && (props[i + 1] & FIRST_UPPER) != 0) {
        initB[i++] = true;
        continue;
      }
      int id = ids[i];
      int span = 0;
      if (id != SyllableTable.UNKNOWN) {
        for (int j = Math.min(i + 4, n); j > i + 1; j--) {
          int len = j - i;
          if (spans.mayStart(id, len)
              && spans.contains(id, ids[i + 1], len > 2 ? ids[i + 2] : 0, len > 3 ? ids[i + 3] : 0)
              && ids[i + 1] != SyllableTable.UNKNOWN
              && (len < 3 || ids[i + 2] != SyllableTable.UNKNOWN)
              && (len < 4 || ids[i + 3] != SyllableTable.UNKNOWN)) {
            span = len;
            break;
          }
        }
      }
      if (span > 0) {
        initB[i] = true;
        for (int k = i + 1; k < i + span; k++) {
          initB[k] = false;
        }
        i += span;
        continue;
      }
      int f = id < flags.length ? flags[id] : 0;
      if ((f & SegmenterModel.SINGLE_WORD) != 0 || (p & (FIRST_LOWER | ALL_UPPER)) != 0) {
        initB[i++] = true;
        continue;
      }
      // capitalised: a run of up to 4 capitalised all-letter tokens is one name
      int end = i + 1;
      int limit = Math.min(i + 4, n);
      while (end < limit) {
        int q = props[end];
        if ((q & FIRST_LOWER) != 0 || (q & LETTERS) == 0 || (q & BRACKET) != 0) {
          break;
        }
        end++;
      }
      if (end > i + 1) {
        boolean middle = (f & SegmenterModel.MIDDLE_NAME) != 0 && i >= 1
            && (props[i - 1] & FIRST_UPPER) != 0
            && ids[i - 1] < flags.length && (flags[ids[i - 1]] & SegmenterModel.FAMILY_NAME) != 0;
        initB[i] = !middle;
        for (int k = i + 1; k < end; k++) {
          initB[k] = false;
        }
        i = end;
      } else {
        initB[i++] = true;
      }
    }
  }

  /** Id of the token's lowercased, model-normalised form, and its properties. */
  private void analyze(char[] t, int s, int e, Scratch w, int i) {
    int len = e - s;
    char[] buf = w.buffer(len);
    boolean letters = true;
    boolean allUpper = true;
    boolean slow = false;
    int h = 0;
    for (int k = s; k < e; k++) {
      char c = t[k];
      char lc;
      if (c < 0x80) {
        letters &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (c >= 'A' && c <= 'Z') {
          lc = (char) (c + 32);
        } else {
          allUpper = false;
          lc = c;
        }
      } else {
        letters &= Character.isLetter(c);
        allUpper &= Character.isUpperCase(c);
        if (k + 1 < e && isPairStart(c, t[k + 1])) {
          char next = t[k + 1];
          int tone = (c == 'Ủ' ? 2 : tone(c));
          char base = c == 'Ủ' || U_TONED.indexOf(c) >= 0 ? 'u' : 'o';
          char toned = next == 'a' ? A_TONED.charAt(tone) : next == 'e' ? E_TONED.charAt(tone) : Y_TONED.charAt(tone);
          // both chars are letters; the first keeps its case class, the second is lowercase
          allUpper = false;
          buf[k - s] = base;
          buf[k - s + 1] = toned;
          h = 31 * (31 * h + base) + toned;
          k++;
          continue;
        }
        if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
          slow = true;
        }
        lc = Character.toLowerCase(c);
      }
      buf[k - s] = lc;
      h = 31 * h + lc;
    }
    int id;
    if (slow) {
      id = model.table.lookup(slowLowerCase(t, s, e));
    } else {
      id = model.table.lookup(buf, 0, len, SyllableTable.mix(h));
    }
    w.ids[i] = id;
    char first = t[s];
    int p = 0;
    if (letters) {
      p |= LETTERS;
    }
    if (allUpper) {
      p |= ALL_UPPER;
    }
    if (Character.isLowerCase(first)) {
      p |= FIRST_LOWER;
    }
    if (Character.isUpperCase(first)) {
      p |= FIRST_UPPER;
    }
    if (len == 4 && (first == 'L' || first == 'R') && t[s + 1] == 'B' && t[s + 2] == 'K' && t[s + 3] == 'T') {
      p |= BRACKET;
    }
    w.props[i] = p;
  }

  private static boolean isPairStart(char c, char next) {
    if (next == 'a' || next == 'e') {
      return O_TONED.indexOf(c) >= 0;
    }
    if (next == 'y') {
      return c == 'Ủ' || U_TONED.indexOf(c) >= 0;
    }
    return false;
  }

  private static int tone(char c) {
    int t = O_TONED.indexOf(c);
    return t >= 0 ? t : U_TONED.indexOf(c);
  }

  /** The exact {@code String.toLowerCase} for tokens with special casing or supplementary characters. */
  static String slowLowerCase(char[] t, int s, int e) {
    return modelNormalize(new String(t, s, e - s)).toLowerCase(Locale.ROOT);
  }

  /** SEGMENTER.md step 1 on a token as written (case kept). */
  static String modelNormalize(String token) {
    StringBuilder sb = null;
    int n = token.length();
    for (int k = 0; k + 1 < n; k++) {
      char c = token.charAt(k);
      char next = token.charAt(k + 1);
      if (isPairStart(c, next)) {
        if (sb == null) {
          sb = new StringBuilder(token);
        }
        int tone = c == 'Ủ' ? 2 : tone(c);
        char base = c == 'Ủ' ? 'U' : U_TONED.indexOf(c) >= 0 ? 'u' : 'o';
        char toned = next == 'a' ? A_TONED.charAt(tone) : next == 'e' ? E_TONED.charAt(tone) : Y_TONED.charAt(tone);
        sb.setCharAt(k, base);
        sb.setCharAt(k + 1, toned);
        k++;
      }
    }
    return sb == null ? token : sb.toString();
  }

  @Override
  public String toString() {
    return "RdrWordSegmenter[" + model.directory() + "]";
  }

  /** Per-thread work arrays. */
  private static final class Scratch {
    int[] ids = new int[64];
    int[] props = new int[64];
    boolean[] initB = new boolean[64];
    final int[] ctx = new int[RuleFile.SLOTS];
    char[] buf = new char[64];

    void ensure(int n) {
      if (ids.length < n) {
        int size = Math.max(n, ids.length * 2);
        ids = new int[size];
        props = new int[size];
        initB = new boolean[size];
      }
    }

    char[] buffer(int len) {
      if (buf.length < len) {
        buf = new char[Math.max(len, buf.length * 2)];
      }
      return buf;
    }
  }
}
