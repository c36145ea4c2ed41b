package org.thidua.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words and phrases that mark the parts of a plan (table column headers, quarter words, section headings,
 * signature marks, reference types, movement triggers, obligation verbs, deadline cues). Loaded from
 * {@code org/thidua/dictionary/plan-terms.tsv}; extraction builds its patterns from these lists.
 */
public final class PlanTerms {
  private static final java.util.Comparator<String> LONGEST_FIRST =
      (a, b) -> Integer.compare(b.length(), a.length());

  private static final Lazy<PlanTerms> INSTANCE = new Lazy<>(PlanTerms::new);

  private final Map<String, List<String>> byCategory = new LinkedHashMap<>();

  private PlanTerms() {
    for (String[] row : Tsv.read("plan-terms.tsv")) {
      byCategory.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
  }

  public static PlanTerms load() {
    return INSTANCE.get();
  }

  /** The phrases of a category in file order; fails on an unknown category (a typo in code). */
  public List<String> get(String category) {
    List<String> list = byCategory.get(category);
    if (list == null) {
      throw new IllegalArgumentException("no plan terms in category " + category);
    }
    return List.copyOf(list);
  }

  /** The phrases of a category, longest first (for alternations in patterns). */
  public List<String> longestFirst(String category) {
    List<String> list = new ArrayList<>(get(category));
    list.sort(LONGEST_FIRST);
    return list;
  }

  /**
   * A regular-expression alternation of a category's phrases, longest first, each phrase quoted and its spaces
   * matching any run of white space: the one way extraction turns a category into a pattern.
   */
  public String pattern(String category) {
    return alternation(get(category)); // alternation sorts
  }

  /** {@link #pattern(String)} for a list of phrases of the caller's own (longest first; the list is not changed). */
  public static String alternation(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(LONGEST_FIRST);
    StringBuilder sb = new StringBuilder();
    for (String p : sorted) {
      if (!sb.isEmpty()) {
        sb.append('|');
      }
      sb.append(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
    }
    return sb.toString();
  }

  /** A phrase index of several categories, each phrase standing for its category. */
  public PhraseIndex<String> index(String... categories) {
    PhraseIndex<String> index = new PhraseIndex<>();
    for (String c : categories) {
      for (String p : get(c)) {
        index.add(p, c);
      }
    }
    return index;
  }
}
