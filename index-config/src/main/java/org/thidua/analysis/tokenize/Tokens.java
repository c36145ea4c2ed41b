package org.thidua.analysis.tokenize;

import java.util.Arrays;
import org.thidua.analysis.segment.WordSegmenter;

/**
 * Tokens of a text as parallel arrays (no object per token): offsets into the text, type, whether a sentence
 * ends after the token, and, after {@link #segment}, whether the token begins a word. Reusable: {@link #clear}.
 */
public final class Tokens {
  private int size;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private byte[] types = new byte[256];
  private boolean[] sentenceEnds = new boolean[256];
  private boolean[] wordStarts = new boolean[256];

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public TokenType type(int i) {
    return TokenType.of(types[i]);
  }

  /** True when a sentence ends after token {@code i}. */
  public boolean sentenceEnd(int i) {
    return sentenceEnds[i];
  }

  /** True when token {@code i} begins a word (valid after {@link #segment}). */
  public boolean wordStart(int i) {
    return wordStarts[i];
  }

  /** The text of token {@code i}. */
  public String text(char[] text, int i) {
    return new String(text, starts[i], ends[i] - starts[i]);
  }

  void add(int start, int end, TokenType type) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      types = Arrays.copyOf(types, n);
      sentenceEnds = Arrays.copyOf(sentenceEnds, n);
      wordStarts = Arrays.copyOf(wordStarts, n);
    }
    starts[size] = start;
    ends[size] = end;
    types[size] = (byte) type.ordinal();
    sentenceEnds[size] = false;
    wordStarts[size] = true;
    size++;
  }

  void markSentenceEnd(int i) {
    sentenceEnds[i] = true;
  }

  /** Groups the tokens of each sentence into words with {@code segmenter}. */
  public void segment(WordSegmenter segmenter, char[] text) {
    int from = 0;
    for (int i = 0; i < size; i++) {
      if (sentenceEnds[i] || i == size - 1) {
        segmenter.wordStarts(text, starts, ends, from, i + 1, wordStarts);
        from = i + 1;
      }
    }
  }

  /**
   * Appends the tokens VnCoreNLP-style: words' tokens joined with {@code _}, words and sentences separated by one
   * space. A sentence whose first token does not begin a word (only with {@code RdrWordSegmenter.verbatim()})
   * starts with {@code _}, as VnCoreNLP writes it.
   */
  public void appendSegmented(char[] text, StringBuilder out) {
    for (int i = 0; i < size; i++) {
      boolean sentenceStart = i == 0 || sentenceEnds[i - 1];
      if (sentenceStart) {
        if (i > 0) {
          out.append(' ');
        }
        if (!wordStarts[i]) {
          out.append('_');
        }
      } else {
        out.append(wordStarts[i] ? ' ' : '_');
      }
      out.append(text, starts[i], ends[i] - starts[i]);
    }
  }
}
