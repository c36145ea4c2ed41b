package org.thidua.analysis.fold;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Removes Vietnamese diacritics from each token ({@code kiểm_tra} → {@code kiem_tra}, {@code Đảng} → {@code Dang}),
 * so that text typed without diacritics matches. With {@code preserveOriginal} the unfolded token is emitted first
 * and the folded one after it at the same position, but only when they differ.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

  private final boolean preserveOriginal;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

  private State pending; // the original token whose folded form is still to come
  private char[] folded = new char[16];
  private int foldedLength;

  public VietnameseFoldingFilter(TokenStream input) {
    this(input, false);
  }

  public VietnameseFoldingFilter(TokenStream input, boolean preserveOriginal) {
    super(input);
    this.preserveOriginal = preserveOriginal;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      termAtt.copyBuffer(folded, 0, foldedLength);
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = termAtt.buffer();
    int length = termAtt.length();
    if (!needsFolding(buffer, length)) {
      return true;
    }
    if (preserveOriginal) {
      if (folded.length < length) {
        folded = new char[length];
      }
      foldedLength = VietnameseFolding.fold(buffer, length, folded);
      pending = captureState();
    } else {
      termAtt.setLength(VietnameseFolding.fold(buffer, length, buffer));
    }
    return true;
  }

  private static boolean needsFolding(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (VietnameseFolding.isFoldable(buffer[i])) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
