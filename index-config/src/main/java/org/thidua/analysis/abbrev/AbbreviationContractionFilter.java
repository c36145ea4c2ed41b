package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.thidua.analysis.abbrev.AbbreviationContractions.Contraction;

/**
 * Index-time contraction, the reverse of {@link AbbreviationExpansionFilter}: where the text spells out an
 * abbreviation's expansion ("công tác thi đua, khen thưởng"), the abbreviation ({@code TĐKT}) is added over the
 * words, so that a query for the abbreviation needs no expansion and stays one term. The words are kept.
 *
 * <p>Expansions are matched as the chain's own tokenizer splits them ({@link AbbreviationExpansions}), ignoring case
 * (and diacritics, if the table was compiled so), over a look-ahead of as many tokens as the longest expansion; a
 * match is a run of tokens one position apart. Every expansion that matches is contracted, nested and overlapping
 * ones included ("Ủy ban Mặt trận Tổ quốc" gives {@code UBMTTQ} and {@code MTTQ}; "Hội đồng Thi đua - Khen thưởng"
 * gives {@code HĐTĐKT} and {@code TĐKT}), because a query for the shorter abbreviation must still find the longer
 * phrase; at one position the longest comes first. Abbreviations that are also syllables ({@code TU}, {@code ĐA})
 * are never contracted ({@link AbbreviationContractions}).
 *
 * <p>The layout is flat, for indexing: an abbreviation token is emitted just before the first matched word, at its
 * position (which the word then shares with increment 0), with position length = the number of matched words,
 * offsets from the first word's start to the last word's end, and type {@value #TYPE}. It carries the abbreviation as
 * the dictionary writes it ({@code TĐKT}): put this filter before lowercasing and folding, which then treat it like
 * the text, and before {@link AbbreviationExpansionFilter}, which leaves tokens of this type alone. The input must
 * not be a graph.
 */
public final class AbbreviationContractionFilter extends TokenFilter {

  /** Token type of contracted abbreviations. */
  public static final String TYPE = "<CONTRACTION>";

  private final AbbreviationContractions contractions;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  /** An input token read ahead: its state and what matching needs without restoring it. */
  private static final class Slot {
    State state;
    char[] key = new char[16];
    int keyLength;
    int positionIncrement;
    int endOffset;
  }

  // ring buffer of input tokens read but not yet emitted; window[start] is the next word to emit
  private final Slot[] window;
  private int start;
  private int size;
  private boolean inputDone;
  // the current word's output: its contractions, then the word itself
  private final List<State> output = new ArrayList<>();
  private int nextOutput;

  public AbbreviationContractionFilter(TokenStream input, AbbreviationContractions contractions) {
    super(input);
    this.contractions = contractions;
    window = new Slot[Math.max(1, contractions.maxTokens())];
    for (int i = 0; i < window.length; i++) {
      window[i] = new Slot();
    }
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextOutput < output.size()) {
      restoreState(output.get(nextOutput++));
      return true;
    }
    output.clear();
    nextOutput = 0;
    if (!fill(1)) {
      return false;
    }
    Slot head = slot(0);
    for (Contraction c : contractions.startingWith(head.key, head.keyLength)) {
      if (fill(c.length()) && matches(c)) {
        restoreState(head.state);
        termAtt.setEmpty().append(c.abbreviation());
        posLenAtt.setPositionLength(c.length());
        offsetAtt.setOffset(offsetAtt.startOffset(), slot(c.length() - 1).endOffset);
        typeAtt.setType(TYPE);
        if (!output.isEmpty()) {
          posIncAtt.setPositionIncrement(0); // only the first token at the position advances it
        }
        output.add(captureState());
      }
    }
    restoreState(head.state);
    start = (start + 1) % window.length;
    size--;
    if (output.isEmpty()) {
      return true;
    }
    posIncAtt.setPositionIncrement(0); // the word shares its contractions' position
    output.add(captureState());
    restoreState(output.get(nextOutput++));
    return true;
  }

  /** Whether the tokens after the head continue {@code c} (the head matched its first key already). */
  private boolean matches(Contraction c) {
    char[][] keys = c.keys();
    for (int i = 1; i < keys.length; i++) {
      Slot s = slot(i);
      if (s.positionIncrement != 1
          || !java.util.Arrays.equals(keys[i], 0, keys[i].length, s.key, 0, s.keyLength)) {
        return false;
      }
    }
    return true;
  }

  private Slot slot(int i) {
    return window[(start + i) % window.length];
  }

  /** Reads input until the window holds {@code n} tokens or the input ends; true when it holds them. */
  private boolean fill(int n) throws IOException {
    while (size < n && !inputDone) {
      if (!input.incrementToken()) {
        inputDone = true;
        break;
      }
      Slot s = slot(size);
      int length = termAtt.length();
      if (s.key.length < length) {
        s.key = new char[Math.max(length, s.key.length * 2)];
      }
      s.keyLength =
          AbbreviationContractions.key(termAtt.buffer(), length, s.key, contractions.ignoreDiacritics());
      s.positionIncrement = posIncAtt.getPositionIncrement();
      s.endOffset = offsetAtt.endOffset();
      s.state = captureState();
      size++;
    }
    return size >= n;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    start = 0;
    size = 0;
    inputDone = false;
    output.clear();
    nextOutput = 0;
    for (Slot s : window) {
      s.state = null;
    }
  }
}
