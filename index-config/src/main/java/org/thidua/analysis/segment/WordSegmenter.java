package org.thidua.analysis.segment;

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
}
