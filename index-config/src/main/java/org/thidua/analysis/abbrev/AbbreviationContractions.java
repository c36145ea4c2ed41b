package org.thidua.analysis.abbrev;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharacterUtils;
import org.thidua.analysis.fold.VietnameseFolding;
import org.thidua.dictionary.Abbreviations;

/**
 * The reverse of {@link AbbreviationExpansions}: every expansion's token sequence, keyed by its first token, with
 * the abbreviation it contracts to. Keys are lowercased (and, with {@code ignoreDiacritics}, folded), so "Thi đua,
 * Khen thưởng" and "THI ĐUA, KHEN THƯỞNG" match "thi đua, khen thưởng". Abbreviations that are also syllables
 * (capitals-only, {@link Abbreviations#needsContext}) are left out: whether "TU" is Tỉnh ủy depends on how it is
 * written, so "tỉnh ủy" must not make a document match the word "tu". Immutable; share it between filters.
 */
public final class AbbreviationContractions {

  /**
   * One expansion: its tokens' keys and the abbreviation token to emit over them.
   *
   * @param keys at least one, each lowercased (and folded when the table ignores diacritics)
   */
  record Contraction(char[][] keys, String abbreviation) {
    int length() {
      return keys.length;
    }

    boolean sameAs(Contraction other) {
      return Arrays.deepEquals(keys, other.keys) && abbreviation.equalsIgnoreCase(other.abbreviation);
    }
  }

  private static final Contraction[] NONE = new Contraction[0];

  private final CharArrayMap<Contraction[]> byFirstKey;
  private final int maxTokens;
  private final boolean ignoreDiacritics;

  private AbbreviationContractions(CharArrayMap<Contraction[]> byFirstKey, int maxTokens, boolean ignoreDiacritics) {
    this.byFirstKey = byFirstKey;
    this.maxTokens = maxTokens;
    this.ignoreDiacritics = ignoreDiacritics;
  }

  /**
   * @param ignoreDiacritics match expansions whatever the diacritics of the text ("thi dua khen thuong"), for a chain
   *     that folds diacritics anyway
   */
  public static AbbreviationContractions compile(AbbreviationExpansions expansions, boolean ignoreDiacritics) {
    List<Contraction> all = new ArrayList<>();
    int maxTokens = 0;
    for (Abbreviations.Abbreviation a : expansions.dictionary().entries()) {
      if (a.capitalsOnly()) {
        continue;
      }
      String token = expansions.token(a);
      for (String[] tokens : expansions.tokens(a)) {
        if (tokens.length == 1 && tokens[0].equalsIgnoreCase(token)) {
          continue; // the abbreviation is its own expansion: nothing to add
        }
        char[][] keys = new char[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
          char[] chars = tokens[i].toCharArray();
          keys[i] = Arrays.copyOf(chars, key(chars, chars.length, chars, ignoreDiacritics));
        }
        Contraction c = new Contraction(keys, token);
        if (all.stream().noneMatch(c::sameAs)) {
          all.add(c);
          maxTokens = Math.max(maxTokens, tokens.length);
        }
      }
    }
    Map<String, List<Contraction>> grouped = new LinkedHashMap<>();
    for (Contraction c : all) {
      grouped.computeIfAbsent(new String(c.keys()[0]), k -> new ArrayList<>(1)).add(c);
    }
    CharArrayMap<Contraction[]> byFirstKey = new CharArrayMap<>(grouped.size(), false);
    grouped.forEach(
        (first, list) -> {
          // longest first, so the widest span is emitted first; ties keep dictionary order (the sort is stable)
          list.sort(Comparator.comparingInt(Contraction::length).reversed());
          byFirstKey.put(first, list.toArray(Contraction[]::new));
        });
    return new AbbreviationContractions(byFirstKey, maxTokens, ignoreDiacritics);
  }

  /**
   * Writes the key of {@code src[0, length)} into {@code dst} (which may be {@code src} and must hold {@code length}
   * chars): lowercased, and folded when {@code fold}.
   *
   * @return the key's length
   */
  static int key(char[] src, int length, char[] dst, boolean fold) {
    if (src != dst) {
      System.arraycopy(src, 0, dst, 0, length);
    }
    CharacterUtils.toLowerCase(dst, 0, length);
    return fold ? VietnameseFolding.fold(dst, length, dst) : length;
  }

  /** The contractions whose expansion starts with the token of key {@code key[0, length)}, longest first. */
  Contraction[] startingWith(char[] key, int length) {
    Contraction[] found = byFirstKey.get(key, 0, length);
    return found == null ? NONE : found;
  }

  /** The most tokens an expansion has: how far a filter must look ahead. */
  int maxTokens() {
    return maxTokens;
  }

  boolean ignoreDiacritics() {
    return ignoreDiacritics;
  }

  /** Whether any expansion is contracted at all. */
  public boolean isEmpty() {
    return maxTokens == 0;
  }
}
