package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.thidua.dictionary.Abbreviations;
import org.thidua.dictionary.Abbreviations.Abbreviation;

/**
 * Expands abbreviations into a token graph: the abbreviation stays, and each expansion becomes a side path over the
 * same span ({@code TĐKT} spanning two positions, {@code thi_đua khen_thưởng} over them). Used at index time (with
 * {@code flatten}, or followed by {@code FlattenGraphFilter}) and at query time (the query parser turns the graph
 * into alternatives), so that "TĐKT" finds "thi đua, khen thưởng" and "thi đua khen thưởng" finds "TĐKT".
 *
 * <p>Matching follows {@link org.thidua.dictionary.Abbreviations} (any case, with or without diacritics;
 * abbreviations that are also syllables only in capitals), so this filter must see the tokens as written: put it
 * before lowercasing and folding. An abbreviation that is also a syllable (TU, TƯ, ĐA) next to a syllable in
 * capitals is taken as a word of a heading ("SỞ TƯ PHÁP", "ĐA DẠNG"), which takes one token of look-ahead.
 * Expansion tokens carry the abbreviation's offsets and the type {@value #TYPE}. The input must not be a graph.
 *
 * <p>Tokens of type {@value AbbreviationContractionFilter#TYPE} pass through untouched: {@link
 * AbbreviationContractionFilter}, placed before this filter at index time, derived them from the words that follow
 * in the stream, so expanding them again would only repeat those words. {@link Expand#CONTEXTUAL} limits expansion
 * to the abbreviations contraction leaves alone, for the query side of such a chain.
 */
public final class AbbreviationExpansionFilter extends TokenFilter {

  /** Token type of expansion tokens. */
  public static final String TYPE = "<EXPANSION>";

  /** Which abbreviations are expanded. */
  public enum Expand {
    /** Every abbreviation of the dictionary. */
    ALL,
    /**
     * Only abbreviations whose reading depends on their neighbours ({@link Abbreviations#needsContext}: capitals-only
     * abbreviations that are also syllables, TU, TƯ, ĐA), which {@link AbbreviationContractionFilter} never
     * contracts. For query chains whose index chain contracts: every other abbreviation then stays one term.
     */
    CONTEXTUAL
  }

  private final AbbreviationExpansions expansions;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private char[] scratch = new char[32];
  private State original;
  // context for abbreviations that are also syllables: "SỞ TƯ PHÁP" is a heading, not Trung ương
  private char[] previous = new char[32]; // the previous input token's term
  private int previousLength;
  // input tokens read ahead to see past a capitals-only abbreviation: contracted tokens, then the next word
  private final ArrayDeque<State> lookahead = new ArrayDeque<>();
  private boolean inputDone;
  // expansion tokens still to emit: term, position increment, position length
  private final List<String> pendingTerms = new ArrayList<>();
  private final List<int[]> pendingPositions = new ArrayList<>();
  private int next;

  private final boolean flatten;
  private final Expand expand;

  /** The graph form, for query time. */
  public AbbreviationExpansionFilter(TokenStream input, AbbreviationExpansions expansions) {
    this(input, expansions, false);
  }

  /** Expands every abbreviation ({@link Expand#ALL}). */
  public AbbreviationExpansionFilter(TokenStream input, AbbreviationExpansions expansions, boolean flatten) {
    this(input, expansions, flatten, Expand.ALL);
  }

  /**
   * @param flatten true at index time: emit the graph already flattened (parallel expansions share positions),
   *     as {@code FlattenGraphFilter} would, without its buffering
   * @param expand which abbreviations to expand
   */
  public AbbreviationExpansionFilter(
      TokenStream input, AbbreviationExpansions expansions, boolean flatten, Expand expand) {
    super(input);
    this.expansions = expansions;
    this.flatten = flatten;
    this.expand = java.util.Objects.requireNonNull(expand);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < pendingTerms.size()) {
      restoreState(original);
      termAtt.setEmpty().append(pendingTerms.get(next));
      posIncAtt.setPositionIncrement(pendingPositions.get(next)[0]);
      posLenAtt.setPositionLength(pendingPositions.get(next)[1]);
      typeAtt.setType(TYPE);
      next++;
      return true;
    }
    if (!nextInputToken()) {
      return false;
    }
    if (isContracted()) {
      return true;
    }
    int length = termAtt.length();
    if (scratch.length < length) {
      scratch = new char[Math.max(length, scratch.length * 2)];
    }
    List<Abbreviation> found = expansions.dictionary().lookup(termAtt.buffer(), 0, length, scratch);
    if (expand == Expand.CONTEXTUAL && !found.isEmpty()) {
      found = found.stream().filter(Abbreviation::capitalsOnly).toList();
    }
    if (Abbreviations.needsContext(found)
        && (Abbreviations.isCapitalSyllable(previous, 0, previousLength) || nextIsCapitalSyllable())) {
      found = List.of();
    }
    if (previous.length < length) {
      previous = new char[Math.max(length, previous.length * 2)];
    }
    System.arraycopy(termAtt.buffer(), 0, previous, 0, length);
    previousLength = length;
    if (!found.isEmpty()) {
      plan(found);
    }
    return true;
  }

  private boolean isContracted() {
    return AbbreviationContractionFilter.TYPE.equals(typeAtt.type());
  }

  private boolean nextInputToken() throws IOException {
    if (!lookahead.isEmpty()) {
      restoreState(lookahead.removeFirst());
      return true;
    }
    if (inputDone || !input.incrementToken()) {
      inputDone = true;
      return false;
    }
    return true;
  }

  /**
   * Reads ahead to the next word (past contracted tokens, which are not words of the text), keeping what it read
   * for the next calls, and restores the current token.
   */
  private boolean nextIsCapitalSyllable() throws IOException {
    State current = captureState();
    boolean capitalSyllable = false;
    for (State queued : lookahead) {
      restoreState(queued);
      if (!isContracted()) {
        capitalSyllable = Abbreviations.isCapitalSyllable(termAtt.buffer(), 0, termAtt.length());
        restoreState(current);
        return capitalSyllable;
      }
    }
    while (!inputDone) {
      if (!input.incrementToken()) {
        inputDone = true;
        break;
      }
      lookahead.addLast(captureState());
      if (!isContracted()) {
        capitalSyllable = Abbreviations.isCapitalSyllable(termAtt.buffer(), 0, termAtt.length());
        break;
      }
    }
    restoreState(current);
    return capitalSyllable;
  }

  /**
   * Lays the expansions out as side paths. Path i of n_i tokens gets n_i − 1 positions of its own, so the
   * abbreviation spans L = 1 + Σ(n_i − 1) positions; the token after the abbreviation keeps its increment, now
   * counted from the graph's end node.
   */
  private void plan(List<Abbreviation> found) {
    pendingTerms.clear();
    pendingPositions.clear();
    next = 0;
    List<String[]> paths = new ArrayList<>();
    String term = termAtt.toString();
    for (Abbreviation a : found) {
      for (String[] tokens : expansions.tokens(a)) {
        boolean same = tokens.length == 1 && tokens[0].equals(term);
        if (!same && paths.stream().noneMatch(p -> Arrays.equals(p, tokens))) {
          paths.add(tokens);
        }
      }
    }
    if (paths.isEmpty()) {
      return;
    }
    if (flatten) {
      planFlat(paths);
      return;
    }
    int span = 1;
    for (String[] p : paths) {
      span += p.length - 1;
    }
    // first tokens of every path leave the start node together with the abbreviation
    int base = 1; // first own node of the current path, relative to the start node
    for (String[] p : paths) {
      pendingTerms.add(p[0]);
      pendingPositions.add(new int[] {0, p.length == 1 ? span : base});
      base += p.length - 1;
    }
    base = 1;
    for (String[] p : paths) {
      for (int t = 1; t < p.length; t++) {
        int start = base + t - 1;
        int end = t == p.length - 1 ? span : base + t;
        pendingTerms.add(p[t]);
        pendingPositions.add(new int[] {1, end - start});
      }
      base += p.length - 1;
    }
    posLenAtt.setPositionLength(span);
    original = captureState();
  }

  /**
   * The index-time layout, as {@code FlattenGraphFilter} would leave the graph: every path starts at the
   * abbreviation's position and token t of each path sits t positions further; the abbreviation spans the longest
   * path.
   */
  private void planFlat(List<String[]> paths) {
    int span = 0;
    for (String[] p : paths) {
      span = Math.max(span, p.length);
    }
    for (int t = 0; t < span; t++) {
      boolean firstAtPosition = true;
      for (String[] p : paths) {
        if (t < p.length) {
          pendingTerms.add(p[t]);
          int increment = t > 0 && firstAtPosition ? 1 : 0;
          pendingPositions.add(new int[] {increment, t == p.length - 1 ? span - t : 1});
          firstAtPosition = false;
        }
      }
    }
    posLenAtt.setPositionLength(span);
    original = captureState();
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingTerms.clear();
    pendingPositions.clear();
    next = 0;
    original = null;
    previousLength = 0;
    lookahead.clear();
    inputDone = false;
  }
}
