package org.thidua.analysis.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the tokens of one sentence into words, as VnCoreNLP's RDRsegmenter does: each token either begins a
 * word or continues the word before it ("Công tác thi đua" → "Công_tác thi_đua").
 */
public interface WordSegmenter {

  /**
   * @param tokens one sentence, already tokenized (punctuation separate, legal symbols whole), as written
   * @return for each token, true when it begins a new word; the first token always begins one
   */
  boolean[] wordStarts(List<String> tokens);

  /**
   * The same on one sentence given as ranges of a char buffer, without creating strings: the sentence is tokens
   * {@code from} (inclusive) to {@code to} (exclusive), token {@code i} is {@code text[starts[i], ends[i])}, and
   * {@code out[i]} receives whether it begins a word.
   */
  default void wordStarts(char[] text, int[] starts, int[] ends, int from, int to, boolean[] out) {
    List<String> tokens = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      tokens.add(new String(text, starts[i], ends[i] - starts[i]));
    }
    boolean[] r = wordStarts(tokens);
    System.arraycopy(r, 0, out, from, to - from);
  }

  /** True when this segmenter groups syllables into words (false for the syllable fall-back). */
  default boolean groupsWords() {
    return true;
  }
}
