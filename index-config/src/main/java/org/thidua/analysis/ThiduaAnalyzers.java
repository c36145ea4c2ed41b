package org.thidua.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.thidua.analysis.abbrev.AbbreviationContractionFilterFactory;
import org.thidua.analysis.abbrev.AbbreviationExpansionFilterFactory;
import org.thidua.analysis.fold.VietnameseFoldingFilterFactory;
import org.thidua.analysis.normalize.VietnameseNormalizationCharFilterFactory;

/**
 * thidua's analyzers, assembled by SPI name with {@link CustomAnalyzer} exactly as OpenSearch or Solr would assemble
 * them from configuration.
 *
 * <p>Two fields are indexed from the same text and queried together:
 *
 * <ul>
 *   <li><b>exact</b>: normalisation → {@code vietnamese} tokenizer with word segmentation ({@code thi_đua}) →
 *       abbreviations (see below) → lowercase → stop words. Words keep their diacritics, so "kiểm tra" does not
 *       match "kiêm trà".
 *   <li><b>folded</b>: the same, but on syllables ({@code segment=false}) and with diacritics removed after the stop
 *       words. A query typed without diacritics ("kiem tra") cannot be segmented (the lexicon has diacritics), so
 *       this field works on syllables on both sides and matches regardless of diacritics.
 * </ul>
 *
 * Querying both with a boost on exact ranks exact-diacritic matches first while still finding the rest.
 *
 * <p>Abbreviations are resolved at index time, in both directions, so that queries stay plain terms: contraction
 * ({@code vietnameseAbbreviationContraction}) adds {@code TĐKT} over the words "thi đua, khen thưởng", and expansion
 * ({@code vietnameseAbbreviation}, flat) adds {@code thi_đua khen_thưởng} over "TĐKT". A query "TĐKT" is then the
 * single term {@code tđkt} ({@code tdkt} folded) and "thi đua khen thưởng" a plain conjunction, and each finds both
 * spellings. The exception are abbreviations that are also syllables (TU, TƯ, ĐA): whether they are abbreviations
 * depends on how they are written and on their neighbours, so they are never contracted and the query side still
 * expands them ({@code expand=contextual}), into a token graph for the query parser.
 *
 * <p>Order matters: the abbreviation filters come before lowercasing because "TU" (Tỉnh ủy) must differ from the
 * word "tu", and contraction comes first, on the words as written (expansion leaves the abbreviations it adds
 * alone); the stop filter comes before folding because folded stop words collide with content words ("thì" →
 * "thi", as in "thi đua"); both abbreviation filters come before the stop filter so that an expansion loses the
 * same words the text does. Expansions are split by the same tokenizer with the same settings, so "TĐKT" expands
 * to, and is contracted from, exactly the tokens "thi đua, khen thưởng" gives in that field. The folded field's
 * contraction also ignores diacritics, as that field does.
 */
public final class ThiduaAnalyzers {

  /** Classpath resource of the stop-word list. */
  public static final String STOPWORDS = "org/thidua/dictionary/stopwords.txt";

  /** SPI name of the tokenizer. */
  public static final String TOKENIZER = "vietnamese";

  /** Gap between values of a multi-valued field, so that phrases never match across values. */
  public static final int POSITION_INCREMENT_GAP = 100;

  private ThiduaAnalyzers() {}

  /** Index-time analyzer of the exact (segmented, diacritics kept) field; model from the default resolver. */
  public static Analyzer exactIndex() {
    return exactIndex(null);
  }

  /** @param modelDir VnCoreNLP model folder, or null for the default (property, environment) */
  public static Analyzer exactIndex(Path modelDir) {
    return build(true, false, true, modelDir);
  }

  public static Analyzer exactQuery() {
    return exactQuery(null);
  }

  public static Analyzer exactQuery(Path modelDir) {
    return build(true, false, false, modelDir);
  }

  /** Index-time analyzer of the folded (syllables, no diacritics) field. */
  public static Analyzer foldedIndex() {
    return foldedIndex(null);
  }

  public static Analyzer foldedIndex(Path modelDir) {
    return build(false, true, true, modelDir);
  }

  public static Analyzer foldedQuery() {
    return foldedQuery(null);
  }

  public static Analyzer foldedQuery(Path modelDir) {
    return build(false, true, false, modelDir);
  }

  private static Analyzer build(boolean segment, boolean fold, boolean index, Path modelDir) {
    Map<String, String> tokenizerArgs = new LinkedHashMap<>();
    tokenizerArgs.put("segment", Boolean.toString(segment));
    if (modelDir != null) {
      tokenizerArgs.put("modelDir", modelDir.toAbsolutePath().toString());
    }
    Map<String, String> dictionaryArgs = new LinkedHashMap<>();
    dictionaryArgs.put("tokenizer", TOKENIZER);
    tokenizerArgs.forEach((k, v) -> dictionaryArgs.put("tokenizer." + k, v));
    Map<String, String> expansionArgs = new LinkedHashMap<>(dictionaryArgs);
    expansionArgs.put("flatten", Boolean.toString(index)); // flat at index time, a graph for query parsing
    // the index holds every other abbreviation both ways; the query expands only those that need context
    expansionArgs.put("expand", index ? "all" : "contextual");
    try {
      CustomAnalyzer.Builder b =
          CustomAnalyzer.builder(new ClasspathResourceLoader(ThiduaAnalyzers.class.getClassLoader()))
              .withPositionIncrementGap(POSITION_INCREMENT_GAP)
              .addCharFilter(VietnameseNormalizationCharFilterFactory.NAME)
              .withTokenizer(TOKENIZER, tokenizerArgs);
      if (index) {
        Map<String, String> contractionArgs = new LinkedHashMap<>(dictionaryArgs);
        contractionArgs.put("ignoreDiacritics", Boolean.toString(fold));
        b.addTokenFilter(AbbreviationContractionFilterFactory.NAME, contractionArgs);
      }
      b.addTokenFilter(AbbreviationExpansionFilterFactory.NAME, expansionArgs)
          .addTokenFilter(LowerCaseFilterFactory.NAME)
          .addTokenFilter(StopFilterFactory.NAME, "words", STOPWORDS, "ignoreCase", "false");
      if (fold) {
        b.addTokenFilter(VietnameseFoldingFilterFactory.NAME);
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot assemble the Vietnamese analyzer", e);
    }
  }

  /** One token as an analyzer produced it, for debugging and tests. */
  public record AnalyzedToken(
      String term, String type, int startOffset, int endOffset, int positionIncrement, int positionLength) {
    @Override
    public String toString() {
      return term + "[" + startOffset + "-" + endOffset + " +" + positionIncrement
          + (positionLength == 1 ? "" : " len" + positionLength) + " " + type + "]";
    }
  }

  /** Runs {@code analyzer} over {@code text} and lists the tokens with their attributes. */
  public static List<AnalyzedToken> analyze(Analyzer analyzer, String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(
            new AnalyzedToken(
                term.toString(),
                type.type(),
                offsets.startOffset(),
                offsets.endOffset(),
                posInc.getPositionIncrement(),
                posLen.getPositionLength()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
