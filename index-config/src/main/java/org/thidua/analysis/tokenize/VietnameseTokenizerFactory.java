package org.thidua.analysis.tokenize;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.thidua.analysis.segment.SyllableSegmenter;
import org.thidua.analysis.segment.WordSegmenter;
import org.thidua.analysis.segment.WordSegmenters;

/**
 * Factory of {@link VietnameseTokenizer}, SPI name {@value #NAME}.
 *
 * <ul>
 *   <li>{@code segment} (default {@code true}): group syllables into words with VnCoreNLP's model; {@code
 *       false} gives one token per syllable.
 *   <li>{@code modelDir} (optional): the model folder; else system property {@code thidua.vncorenlp.dir}, else
 *       env {@code THIDUA_VNCORENLP_DIR}. Without a usable model, one warning is logged and syllables are used.
 * </ul>
 */
public class VietnameseTokenizerFactory extends TokenizerFactory {
  public static final String NAME = "vietnamese";

  private final WordSegmenter segmenter;

  public VietnameseTokenizerFactory(Map<String, String> args) {
    super(args);
    boolean segment = getBoolean(args, "segment", true);
    String modelDir = get(args, "modelDir");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    segmenter = segment ? WordSegmenters.forAnalysis(modelDir) : SyllableSegmenter.INSTANCE;
  }

  /** Default ctor for compatibility with SPI. */
  public VietnameseTokenizerFactory() {
    throw defaultCtorException();
  }

  /** The segmenter tokens are grouped with (the syllable fall-back when none is usable). */
  public WordSegmenter segmenter() {
    return segmenter;
  }

  @Override
  public VietnameseTokenizer create(AttributeFactory factory) {
    return new VietnameseTokenizer(factory, segmenter);
  }
}
