package org.thidua.ingest.analytics.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.thidua.analysis.fold.VietnameseFolding;
import org.thidua.dictionary.Abbreviations;
import org.thidua.dictionary.OverlapSettings;

/**
 * What makes two tasks comparable: the text normalised (abbreviations expanded, lower case, diacritics folded,
 * numbers and years as one placeholder {@code #}), its syllable shingles hashed to ints, and a MinHash signature
 * cut into LSH band terms. Two texts whose shingle sets have Jaccard similarity J share a band term with
 * probability {@code 1 - (1 - J^rows)^bands}: paraphrases meet in a bucket, unrelated texts rarely do.
 */
public final class TextFingerprint {
  /** Placeholder for every number: "năm 2018" and "năm 2022" become the same words. */
  public static final char NUMBER = '#';

  private final OverlapSettings settings;
  private final Abbreviations abbreviations;
  private final long[] multipliers;
  private final long[] increments;

  public TextFingerprint(OverlapSettings settings, Abbreviations abbreviations) {
    this.settings = settings;
    this.abbreviations = abbreviations;
    int n = settings.bands() * settings.rows();
    multipliers = new long[n];
    increments = new long[n];
    long state = settings.seed();
    for (int i = 0; i < n; i++) {
      state = mix(state + 0x9E3779B97F4A7C15L);
      multipliers[i] = state | 1; // odd: a bijection on 64-bit values
      state = mix(state + 0x9E3779B97F4A7C15L);
      increments[i] = state;
    }
  }

  /** The bundled settings and abbreviations; one instance serves every thread. */
  public static TextFingerprint standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final TextFingerprint STANDARD = new TextFingerprint(OverlapSettings.load(), Abbreviations.bundled());
  }

  public OverlapSettings settings() {
    return settings;
  }

  /** "Hướng dẫn tổng kết công tác TĐKT năm 2018" → "huong dan tong ket cong tac thi dua khen thuong nam #". */
  public String normalize(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String s = VietnameseFolding.fold(abbreviations.expand(text));
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || isNumberJoiner(s, i))) {
          i++;
        }
        if (!space) {
          out.append(' ');
        }
        out.append(NUMBER);
        space = false;
        continue;
      }
      if (Character.isLetter(c) || c == NUMBER) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
      i++;
    }
    return out.toString();
  }

  // "15/3/2022", "6.5", "2022-2023" are one number
  private static boolean isNumberJoiner(String s, int i) {
    char c = s.charAt(i);
    return (c == '/' || c == '.' || c == ',' || c == '-') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
  }

  /** Sorted distinct hashes of the shingles of {@code shingleSize} syllables; a short text is one shingle. */
  public int[] shingles(String normalized) {
    if (normalized.isEmpty()) {
      return new int[0];
    }
    String[] words = normalized.split(" ");
    int k = Math.min(settings.shingleSize(), words.length);
    int[] out = new int[words.length - k + 1];
    for (int i = 0; i + k <= words.length; i++) {
      int h = 0x811C9DC5;
      for (int j = i; j < i + k; j++) {
        h = (h ^ words[j].hashCode()) * 0x01000193;
        h = (h ^ ' ') * 0x01000193;
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (n == 0 || out[n - 1] != out[i]) {
        out[n++] = out[i];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  public int[] shinglesOf(String text) {
    return shingles(normalize(text));
  }

  /** LSH band terms of a shingle set ("3:9f2c4e1a0b7d5c3e"); none for an empty text. */
  public List<String> bandTerms(int[] shingles) {
    if (shingles.length == 0) {
      return List.of();
    }
    int rows = settings.rows();
    List<String> terms = new ArrayList<>(settings.bands());
    for (int b = 0; b < settings.bands(); b++) {
      long band = b;
      for (int r = 0; r < rows; r++) {
        int f = b * rows + r;
        long min = Long.MAX_VALUE;
        for (int s : shingles) {
          long v = mix(s * multipliers[f] + increments[f]);
          if (Long.compareUnsigned(v, min) < 0) {
            min = v;
          }
        }
        band = mix(band * 31 + min);
      }
      terms.add(b + ":" + Long.toHexString(band));
    }
    return terms;
  }

  /** Jaccard similarity of two sorted distinct int sets. */
  public static double jaccard(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  // SplitMix64 finaliser: cheap, well-spread 64-bit hash
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
