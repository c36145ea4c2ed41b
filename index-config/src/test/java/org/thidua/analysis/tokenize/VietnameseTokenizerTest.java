package org.thidua.analysis.tokenize;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.thidua.analysis.segment.SegmenterModel;
import org.thidua.analysis.segment.SyllableSegmenter;
import org.thidua.analysis.segment.WordSegmenter;
import org.thidua.analysis.testing.SharedFiles;

/** The Lucene tokenizer on the real model, in Lucene's own test style. */
public class VietnameseTokenizerTest extends BaseTokenStreamTestCase {
  private static WordSegmenter model;
  private static Path modelDir;

  @BeforeClass
  public static void loadModel() throws IOException {
    Optional<Path> dir = SharedFiles.modelDir();
    if (dir.isEmpty()) {
      if (SharedFiles.onCi()) {
        fail(SharedFiles.missing("VnCoreNLP model folder"));
      }
      Assume.assumeTrue(SharedFiles.missing("VnCoreNLP model folder"), false);
    }
    modelDir = dir.get();
    model = SegmenterModel.cached(modelDir).segmenter();
  }

  @AfterClass
  public static void release() {
    model = null;
    modelDir = null;
  }

  private static Analyzer analyzer(WordSegmenter segmenter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new VietnameseTokenizer(segmenter));
      }
    };
  }

  public void testWordsOfAPlanSentence() throws IOException {
    try (Analyzer a = analyzer(model)) {
      assertAnalyzesTo(a, "Công tác thi đua, khen thưởng năm 2022",
          new String[] {"Công_tác", "thi_đua", "khen_thưởng", "năm", "2022"},
          new int[] {0, 9, 18, 30, 34},
          new int[] {8, 16, 29, 33, 38},
          new String[] {"<WORD>", "<WORD>", "<WORD>", "<WORD>", "<NUM>"},
          new int[] {1, 1, 1, 1, 1});
    }
  }

  public void testLegalSymbolsDatesAndPercentagesStayWhole() throws IOException {
    try (Analyzer a = analyzer(model)) {
      assertAnalyzesTo(a, "Thực hiện Kế hoạch số 05/KH-UBND ngày 29/01/2022 của UBND tỉnh",
          new String[] {"Thực_hiện", "Kế_hoạch", "số", "05/KH-UBND", "ngày", "29/01/2022", "của", "UBND", "tỉnh"},
          new int[] {0, 10, 19, 22, 33, 38, 49, 53, 58},
          new int[] {9, 18, 21, 32, 37, 48, 52, 57, 62},
          new String[] {"<WORD>", "<WORD>", "<WORD>", "<SYMBOL>", "<WORD>", "<DATE>", "<WORD>", "<WORD>", "<WORD>"},
          null);
      assertAnalyzesTo(a, "Nghị định 91/2017/NĐ-CP; Chỉ thị 34-CT/TW (đạt 100%).",
          new String[] {"Nghị_định", "91/2017/NĐ-CP", "Chỉ_thị", "34-CT/TW", "đạt", "100%"}, null, null,
          new String[] {"<WORD>", "<SYMBOL>", "<WORD>", "<SYMBOL>", "<WORD>", "<PERCENT>"}, null);
    }
  }

  public void testAgencyAbbreviationsWithAmpersandStayWhole() throws IOException {
    String text = "Sở GD&ĐT phối hợp Sở LĐ-TB&XH, Bộ VH,TT&DL và A & B";
    for (WordSegmenter segmenter : new WordSegmenter[] {model, SyllableSegmenter.INSTANCE}) {
      try (Analyzer a = analyzer(segmenter)) {
        String[] terms = segmenter == model
            ? new String[] {"Sở", "GD&ĐT", "phối_hợp", "Sở", "LĐ-TB&XH", "Bộ", "VH,TT&DL", "và", "A", "B"}
            : new String[] {"Sở", "GD&ĐT", "phối", "hợp", "Sở", "LĐ-TB&XH", "Bộ", "VH,TT&DL", "và", "A", "B"};
        assertAnalyzesTo(a, text, terms);
      }
    }
    try (Analyzer a = analyzer(model)) {
      assertAnalyzesTo(a, "Sở KH&CN, Sở TN&MT",
          new String[] {"Sở", "KH&CN", "Sở", "TN&MT"},
          new int[] {0, 3, 10, 13},
          new int[] {2, 8, 12, 18},
          new String[] {"<WORD>", "<SYMBOL>", "<WORD>", "<SYMBOL>"},
          new int[] {1, 1, 1, 1});
      // against a lowercase letter the & is a mark, and marks are no tokens
      assertAnalyzesTo(a, "rock&roll", new String[] {"rock", "roll"}, new int[] {0, 5}, new int[] {4, 9});
    }
  }

  public void testSyllablesWithoutSegmentation() throws IOException {
    try (Analyzer a = analyzer(SyllableSegmenter.INSTANCE)) {
      assertAnalyzesTo(a, "Công tác thi đua, khen thưởng",
          new String[] {"Công", "tác", "thi", "đua", "khen", "thưởng"},
          new int[] {0, 5, 9, 13, 18, 23},
          new int[] {4, 8, 12, 16, 22, 29});
    }
  }

  public void testEmptyAndPunctuationOnly() throws IOException {
    try (Analyzer a = analyzer(model)) {
      assertAnalyzesTo(a, "", new String[0]);
      assertAnalyzesTo(a, " \n\n ", new String[0]);
      assertAnalyzesTo(a, "... ; “ ” - – () !!", new String[0]);
    }
  }

  public void testSurrogatePairs() throws IOException {
    try (Analyzer a = analyzer(model)) {
      assertAnalyzesTo(a, "vui 😀 quá 𠀋𠀋 thi đua",
          new String[] {"vui", "😀", "quá", "𠀋𠀋", "thi_đua"},
          new int[] {0, 4, 7, 11, 16},
          new int[] {3, 6, 10, 15, 23});
    }
  }

  public void testSentencesAndLinesAreBoundaries() throws IOException {
    try (Analyzer a = analyzer(model)) {
      // "thi" ends a line: it cannot join "đua" on the next one
      assertAnalyzesTo(a, "thi\nđua", new String[] {"thi", "đua"});
      assertAnalyzesTo(a, "thi đua", new String[] {"thi_đua"});
    }
  }

  public void testReuseAfterReset() throws IOException {
    try (Analyzer a = analyzer(model)) {
      for (int k = 0; k < 3; k++) {
        assertAnalyzesTo(a, "khen thưởng", new String[] {"khen_thưởng"});
        assertAnalyzesTo(a, "Ủy ban nhân dân", new String[] {"Ủy_ban_nhân_dân"});
      }
    }
  }

  public void testHugeInputKeepsOffsets() throws IOException {
    String line = "Công tác thi đua, khen thưởng năm 2022 theo Kế hoạch 05/KH-UBND.\n";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 3 * VietnameseTokenizer.MAX_BLOCK) {
      sb.append(line);
    }
    // and one line far longer than a block, without line breaks
    sb.append("thi đua ".repeat(VietnameseTokenizer.MAX_BLOCK / 4));
    sb.append("x".repeat(VietnameseTokenizer.MAX_BLOCK + 7));
    String text = sb.toString();
    try (Analyzer a = analyzer(model); TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int count = 0;
      int lastEnd = 0;
      while (ts.incrementToken()) {
        String covered = text.substring(off.startOffset(), off.endOffset());
        String t = term.toString();
        if (t.indexOf('_') < 0) {
          assertEquals(covered, t);
        } else {
          assertEquals(covered.replaceAll("[\\s,.;]+", " "), t.replace('_', ' '));
        }
        assertTrue(off.startOffset() >= lastEnd);
        assertTrue(t.length() <= TextTokenizer.MAX_TOKEN);
        lastEnd = off.endOffset();
        count++;
      }
      ts.end();
      assertEquals(text.length(), off.endOffset());
      assertTrue(count > 20_000);
    }
  }

  public void testSeedsAnalyseWithConsistentOffsets() throws IOException {
    Optional<Path> shared = SharedFiles.sharedDir();
    Assume.assumeTrue(SharedFiles.missing("shared folder"), shared.isPresent() || SharedFiles.onCi());
    try (Analyzer a = analyzer(model)) {
      for (Path seed : SharedFiles.seeds(shared.orElseThrow())) {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        try (TokenStream ts = a.tokenStream("f", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          int words = 0;
          while (ts.incrementToken()) {
            String covered = text.substring(off.startOffset(), off.endOffset());
            assertEquals(covered.replaceAll("[\\s\\p{Punct}“”–…]+", ""),
                term.toString().replaceAll("[_\\p{Punct}]", ""));
            words++;
          }
          ts.end();
          assertTrue(seed + " words: " + words, words > 1000);
        }
      }
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = analyzer(model)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
    }
    try (Analyzer a = analyzer(SyllableSegmenter.INSTANCE)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomVietnamese() throws IOException {
    String[] pieces = {"thi", "đua", "khen", "thưởng", "Ủy", "ban", "nhân", "dân", "Lào", "Cai", ",", ".", "(", ")",
      "05/KH-UBND", "31/7/2017", "100%", "1.000", "“", "”", "\n", "I.", "TP.", "2021-2025", "Hòa", "hoà", "😀"};
    try (Analyzer a = analyzer(model)) {
      for (int k = 0; k < 300 * RANDOM_MULTIPLIER; k++) {
        StringBuilder sb = new StringBuilder();
        int n = random().nextInt(40);
        for (int j = 0; j < n; j++) {
          sb.append(pieces[random().nextInt(pieces.length)]);
          sb.append(random().nextInt(4) == 0 ? "" : " ");
        }
        checkAnalysisConsistency(random(), a, random().nextBoolean(), sb.toString());
      }
    }
  }

  public void testFactoryBySpiName() throws IOException {
    try (Analyzer a = CustomAnalyzer.builder()
        .withTokenizer("vietnamese", "modelDir", modelDir.toString())
        .build()) {
      assertAnalyzesTo(a, "thi đua, khen thưởng", new String[] {"thi_đua", "khen_thưởng"});
    }
    try (Analyzer a = CustomAnalyzer.builder().withTokenizer("vietnamese", "segment", "false").build()) {
      assertAnalyzesTo(a, "thi đua", new String[] {"thi", "đua"});
    }
    expectThrows(IllegalArgumentException.class,
        () -> CustomAnalyzer.builder().withTokenizer("vietnamese", "colour", "red").build());
  }

  public void testFactoryFallsBackWithoutAModel() throws IOException {
    Path nowhere = createTempDir().resolve("no-model");
    VietnameseTokenizerFactory f =
        new VietnameseTokenizerFactory(new java.util.HashMap<>(java.util.Map.of("modelDir", nowhere.toString())));
    assertSame(SyllableSegmenter.INSTANCE, f.segmenter());
    Tokenizer t = f.create(newAttributeFactory());
    t.setReader(new StringReader("thi đua"));
    assertTokenStreamContents(t, new String[] {"thi", "đua"});
  }
}
