package org.thidua.analysis.tokenize;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.thidua.analysis.segment.SyllableSegmenter;
import org.thidua.analysis.segment.WordSegmenter;
import org.thidua.analysis.segment.WordSegmenters;

/**
 * Vietnamese words as Lucene tokens: {@link TextTokenizer} splits the text into tokens and sentences, a {@link
 * WordSegmenter} groups each sentence's tokens into words, and every word becomes one token, its syllables
 * joined with {@code _} as VnCoreNLP writes them ({@code thi_đua}), with offsets of the whole word in the original
 * text and a type ({@code <WORD> <NUM> <PERCENT> <DATE> <TIME> <SYMBOL>}). Punctuation gives the segmenter its
 * context but is not emitted. Letter case is kept (filters lowercase).
 *
 * <p>The input is read in blocks of whole lines (a very long line is cut at a space after {@link #MAX_BLOCK}
 * chars), so memory stays bounded whatever the input size.
 */
public final class VietnameseTokenizer extends Tokenizer {
  /** Largest block of text analysed at once, in chars. */
  public static final int MAX_BLOCK = 1 << 16;

  private final WordSegmenter segmenter;
  private final TextTokenizer textTokenizer = TextTokenizer.get();
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

  private char[] buffer = new char[4096];
  private int length; // chars in buffer
  private int processed; // chars of buffer analysed into tokens
  private int base; // offset of buffer[0] in the input
  private boolean eof;
  private final Tokens tokens = new Tokens();
  private int next; // next token to look at in tokens

  /** Words grouped with the configured model ({@link WordSegmenters#forAnalysis}), or syllables without one. */
  public VietnameseTokenizer() {
    this(WordSegmenters.forAnalysis(null));
  }

  /** @param segmenter how tokens group into words; {@link SyllableSegmenter#INSTANCE} for one token a syllable */
  public VietnameseTokenizer(WordSegmenter segmenter) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter);
  }

  public VietnameseTokenizer(AttributeFactory factory, WordSegmenter segmenter) {
    super(factory);
    this.segmenter = segmenter == null ? SyllableSegmenter.INSTANCE : segmenter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (true) {
      int n = tokens.size();
      while (next < n) {
        int first = next;
        int last = next;
        next++;
        while (next < n && !tokens.wordStart(next)) {
          last = next++;
        }
        if (emit(first, last)) {
          return true;
        }
      }
      if (!analyseNextBlock()) {
        return false;
      }
    }
  }

  /** Sets the attributes to the word of tokens [first, last], leaving out punctuation; false if nothing is left. */
  private boolean emit(int first, int last) {
    int s = -1;
    int e = -1;
    int count = 0;
    int termLength = 0;
    TokenType type = TokenType.WORD;
    for (int i = first; i <= last; i++) {
      TokenType t = tokens.type(i);
      if (t != TokenType.PUNCT) {
        if (count == 0) {
          s = tokens.start(i);
          type = t;
        } else {
          termLength++;
          type = TokenType.WORD;
        }
        termLength += tokens.end(i) - tokens.start(i);
        e = tokens.end(i);
        count++;
      }
    }
    if (count == 0) {
      return false;
    }
    char[] term = termAtt.resizeBuffer(termLength);
    int p = 0;
    for (int i = first; i <= last; i++) {
      if (tokens.type(i) != TokenType.PUNCT) {
        if (p > 0) {
          term[p++] = '_';
        }
        int len = tokens.end(i) - tokens.start(i);
        System.arraycopy(buffer, tokens.start(i), term, p, len);
        p += len;
      }
    }
    termAtt.setLength(termLength);
    offsetAtt.setOffset(correctOffset(base + s), correctOffset(base + e));
    typeAtt.setType(type.luceneType());
    posIncAtt.setPositionIncrement(1);
    return true;
  }

  /** Reads whole lines (or a long line's piece), analyses them; false at the end of input. */
  private boolean analyseNextBlock() throws IOException {
    // drop the block analysed before
    if (processed > 0) {
      System.arraycopy(buffer, processed, buffer, 0, length - processed);
      length -= processed;
      base += processed;
      processed = 0;
    }
    tokens.clear();
    next = 0;
    while (true) {
      int cut = cutPoint();
      if (cut > 0) {
        textTokenizer.tokenize(buffer, 0, cut, tokens);
        if (segmenter.groupsWords()) {
          tokens.segment(segmenter, buffer);
        }
        processed = cut;
        if (tokens.size() > 0) {
          return true;
        }
        System.arraycopy(buffer, processed, buffer, 0, length - processed);
        length -= processed;
        base += processed;
        processed = 0;
        continue;
      }
      if (eof) {
        return false;
      }
      fill();
    }
  }

  /** Where the next block ends: after the last line break, or at a space in a very long line; 0 = read more. */
  private int cutPoint() {
    if (length == 0) {
      return 0;
    }
    if (eof) {
      return length;
    }
    for (int i = length - 1; i >= 0; i--) {
      if (TextTokenizer.isLineBreak(buffer[i])) {
        return i + 1;
      }
    }
    if (length < MAX_BLOCK) {
      return 0;
    }
    for (int i = length - 1; i > length / 2; i--) {
      if (TextTokenizer.isSpace(buffer[i])) {
        return i + 1;
      }
    }
    int cut = length;
    if (Character.isHighSurrogate(buffer[cut - 1])) {
      cut--; // never split a surrogate pair
    }
    return cut;
  }

  private void fill() throws IOException {
    if (length == buffer.length) {
      char[] bigger = new char[buffer.length * 2];
      System.arraycopy(buffer, 0, bigger, 0, length);
      buffer = bigger;
    }
    int r = input.read(buffer, length, buffer.length - length);
    if (r < 0) {
      eof = true;
    } else {
      length += r;
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(base + length);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    processed = 0;
    base = 0;
    eof = false;
    tokens.clear();
    next = 0;
  }
}
