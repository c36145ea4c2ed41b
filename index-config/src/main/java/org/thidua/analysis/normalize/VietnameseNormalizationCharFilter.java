package org.thidua.analysis.normalize;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link VietnameseNormalizer} before tokenization (NFC, one tone-mark placement, Đ look-alikes, spaces,
 * zero-width characters, soft hyphens, quotes), keeping offsets pointing into the original text: highlighting
 * and snippets must land on the characters the user sees even when zero-width characters were dropped or a
 * decomposed letter became one precomposed char.
 *
 * <p>The input is read in chunks cut just before an ASCII whitespace character (the normaliser works inside
 * words, so such chunks normalise exactly as the whole text would); a run longer than {@value #MAX_CHUNK} chars
 * without whitespace is cut before punctuation, or failing that before a letter, which may leave the one syllable
 * at the cut unnormalised.
 */
public final class VietnameseNormalizationCharFilter extends BaseCharFilter {

  static final int MAX_CHUNK = 1 << 16;
  private static final int READ_SIZE = 4096;
  private static final int FIRST_READ_SIZE = 128;

  // starts small and grows while reads fill it: a query's few words need no 8 KB buffer, a task's text gets one
  private char[] readBuffer = new char[FIRST_READ_SIZE];
  private final StringBuilder pending = new StringBuilder(); // read, not yet normalised
  private String output = "";
  private int outputPos;
  private int inputOffset; // input offset of pending's first char
  private int outputOffset; // output offset of output's first char
  private boolean inputDone;

  public VietnameseNormalizationCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (outputPos == output.length()) {
      if (!normalizeNextChunk()) {
        return -1;
      }
    }
    int n = Math.min(len, output.length() - outputPos);
    output.getChars(outputPos, outputPos + n, cbuf, off);
    outputPos += n;
    return n;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) == -1 ? -1 : one[0];
  }

  /** Normalises the next chunk into {@link #output}; false at the end of the input. */
  private boolean normalizeNextChunk() throws IOException {
    int cut;
    while ((cut = findCut()) < 0) {
      int n = input.read(readBuffer, 0, readBuffer.length);
      if (n < 0) {
        inputDone = true;
      } else {
        pending.append(readBuffer, 0, n);
        if (n == readBuffer.length && n < READ_SIZE) {
          readBuffer = new char[Math.min(READ_SIZE, n * 2)];
        }
      }
    }
    if (cut == 0) {
      return false;
    }
    outputOffset += output.length();
    int chunkOutputStart = outputOffset;
    int baseDiff = inputOffset - outputOffset;
    output =
        VietnameseNormalizer.normalize(
            pending.subSequence(0, cut),
            (outOff, diff) -> addOffCorrectMap(chunkOutputStart + outOff, baseDiff + diff));
    outputPos = 0;
    pending.delete(0, cut);
    inputOffset += cut;
    return true;
  }

  /** Length of the next chunk to normalise, or -1 when more input must be read first. */
  private int findCut() {
    if (inputDone) {
      return pending.length();
    }
    for (int i = pending.length() - 1; i > 0; i--) {
      char c = pending.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
        return i;
      }
    }
    return pending.length() >= MAX_CHUNK ? forcedCut() : -1;
  }

  /** A cut in a long run without whitespace: before ASCII punctuation, else before a char that starts a sequence. */
  private int forcedCut() {
    int fallback = pending.length();
    for (int i = pending.length() - 1; i > 0; i--) {
      char c = pending.charAt(i);
      if (c < 0x80 && !Character.isLetterOrDigit(c)) {
        return i;
      }
      if (fallback == pending.length() && c < 0x300) {
        fallback = i;
      }
    }
    return fallback;
  }
}
