package org.thidua.analysis.segment;

import java.util.Arrays;
import java.util.List;

/** The fall-back without a model: every token is a word of its own (syllable analysis). */
public final class SyllableSegmenter implements WordSegmenter {
  public static final SyllableSegmenter INSTANCE = new SyllableSegmenter();

  private SyllableSegmenter() {}

  @Override
  public boolean[] wordStarts(List<String> tokens) {
    boolean[] out = new boolean[tokens.size()];
    Arrays.fill(out, true);
    return out;
  }

  @Override
  public void wordStarts(char[] text, int[] starts, int[] ends, int from, int to, boolean[] out) {
    Arrays.fill(out, from, to, true);
  }

  @Override
  public boolean groupsWords() {
    return false;
  }

  @Override
  public String toString() {
    return "SyllableSegmenter";
  }
}
