package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.thidua.dictionary.Abbreviations;

/** The filter on Lucene's own tokenizers; with thidua's tokenizer it is tested through ThiduaAnalyzers. */
public class TestAbbreviationExpansionFilter extends BaseTokenStreamTestCase {

  private static AbbreviationExpansions standardExpansions;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    if (standardExpansions == null) {
      try (Analyzer standard = tokenizerOnly()) {
        standardExpansions = AbbreviationExpansions.compile(Abbreviations.bundled(), standard);
      }
    }
  }

  private static Analyzer tokenizerOnly() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new StandardTokenizer());
      }
    };
  }

  private static Analyzer expanding(boolean flatten) {
    return expanding(flatten, false);
  }

  /** @param flatOutput the filter's own flat layout (index time) instead of the graph */
  private static Analyzer expanding(boolean flatten, boolean flatOutput) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream ts = new AbbreviationExpansionFilter(tokenizer, standardExpansions, flatOutput);
        ts = new LowerCaseFilter(ts);
        if (flatten) {
          ts = new FlattenGraphFilter(ts);
        }
        return new TokenStreamComponents(tokenizer, ts);
      }
    };
  }

  public void testSingleExpansionIsASidePath() throws IOException {
    try (Analyzer a = expanding(false)) {
      assertAnalyzesTo(
          a,
          "công tác TĐKT năm 2022",
          new String[] {"công", "tác", "tđkt", "thi", "đua", "khen", "thưởng", "năm", "2022"},
          new int[] {0, 5, 9, 9, 9, 9, 9, 14, 18},
          new int[] {4, 8, 13, 13, 13, 13, 13, 17, 22},
          new String[] {"word", "word", "word", "<EXPANSION>", "<EXPANSION>", "<EXPANSION>", "<EXPANSION>",
            "word", "word"},
          new int[] {1, 1, 1, 0, 1, 1, 1, 1, 1},
          new int[] {1, 1, 4, 1, 1, 1, 1, 1, 1});
    }
  }

  public void testCaseAndDiacriticVariants() throws IOException {
    try (Analyzer a = expanding(false)) {
      for (String form : new String[] {"TĐKT", "Tđkt", "tđkt", "TDKT", "tdkt"}) {
        assertAnalyzesTo(
            a,
            form,
            new String[] {form.toLowerCase(java.util.Locale.ROOT), "thi", "đua", "khen", "thưởng"},
            new int[] {1, 0, 1, 1, 1});
      }
      // "tu" is a word, "TU" is Tỉnh ủy
      assertAnalyzesToPositions(a, "tu TU", new String[] {"tu", "tu", "tỉnh", "ủy"}, new int[] {1, 1, 0, 1}, new int[] {1, 2, 1, 1});
    }
  }

  public void testHeadingsInCapitalsAreNotAbbreviations() throws IOException {
    try (Analyzer a = expanding(false)) {
      // TƯ next to capital words is the word "tư" of "SỞ TƯ PHÁP"; alone or in running text it is Trung ương
      assertAnalyzesTo(a, "SỞ TƯ PHÁP", new String[] {"sở", "tư", "pháp"}, new int[] {1, 1, 1});
      assertAnalyzesTo(a, "ĐA DẠNG", new String[] {"đa", "dạng"});
      assertAnalyzesTo(a, "TU", new String[] {"tu", "tỉnh", "ủy"});
      assertAnalyzesTo(a, "Ban Tuyên giáo TƯ", new String[] {"ban", "tuyên", "giáo", "tư", "trung", "ương"});
      assertAnalyzesTo(a, "các Ban TƯ ĐẢNG", new String[] {"các", "ban", "tư", "đảng"});
      // abbreviations that are not syllables do not look at their neighbours
      assertAnalyzesTo(a, "ỦY BAN MTTQ TỈNH", new String[] {"ủy", "ban", "mttq", "mặt", "trận", "tổ", "quốc", "tỉnh"});
      // neighbouring abbreviations in capitals are not words: "TT TU" is Thường trực Tỉnh ủy
      assertAnalyzesTo(
          a, "TT TU", new String[] {"tt", "thường", "thông", "trực", "tư", "tu", "tỉnh", "ủy"});
    }
  }

  public void testSeveralExpansionsAreParallelPaths() throws IOException {
    try (Analyzer a = expanding(false)) {
      // TT: Thường trực | Thông tư; each path has its own middle node
      assertAnalyzesTo(
          a,
          "TT HĐND",
          new String[] {"tt", "thường", "thông", "trực", "tư", "hđnd", "hội", "đồng", "nhân", "dân"},
          null,
          null,
          null,
          new int[] {1, 0, 0, 1, 1, 1, 0, 1, 1, 1},
          new int[] {3, 1, 2, 2, 1, 4, 1, 1, 1, 1});
    }
  }

  public void testFlattenedForIndexing() throws IOException {
    try (Analyzer a = expanding(true)) {
      assertAnalyzesToPositions(
          a,
          "Ban TĐKT tỉnh",
          new String[] {"ban", "tđkt", "thi", "đua", "khen", "thưởng", "tỉnh"},
          new int[] {1, 1, 0, 1, 1, 1, 1},
          new int[] {1, 4, 1, 1, 1, 1, 1});
    }
  }

  public void testFlatOutputIsWhatFlattenGraphGives() throws IOException {
    try (Analyzer flat = expanding(false, true)) {
      assertAnalyzesTo(
          flat,
          "TT HĐND",
          new String[] {"tt", "thường", "thông", "trực", "tư", "hđnd", "hội", "đồng", "nhân", "dân"},
          null,
          null,
          null,
          new int[] {1, 0, 0, 1, 0, 1, 0, 1, 1, 1},
          new int[] {2, 1, 1, 1, 1, 4, 1, 1, 1, 1});
    }
    String[] words = {"TĐKT", "TT", "UBND", "tu", "TU", "thi", "HĐND", "LĐLĐ", "DA", "BK", "x", "CNVCLĐ", "TBXH"};
    try (Analyzer flat = expanding(false, true);
        Analyzer flattened = expanding(true, false)) {
      for (int i = 0; i < 300; i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + random().nextInt(12); k > 0; k--) {
          sb.append(words[random().nextInt(words.length)]).append(' ');
        }
        String text = sb.toString();
        assertEquals(text, positionsAndTerms(flattened, text), positionsAndTerms(flat, text));
      }
      checkRandomData(random(), flat, 300 * RANDOM_MULTIPLIER);
    }
  }

  /** "position:term" of every token, sorted: a flat stream's content regardless of order within a position. */
  private static java.util.List<String> positionsAndTerms(Analyzer a, String text) throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var posInc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        out.add(position + ":" + term);
      }
      ts.end();
    }
    java.util.Collections.sort(out);
    return out;
  }

  public void testSymbolsAndWordsPassThrough() throws IOException {
    try (Analyzer a = expanding(false)) {
      assertAnalyzesTo(
          a,
          "Kế hoạch số 05/KH-UBND ngày 29/01/2022",
          new String[] {"kế", "hoạch", "số", "05/kh-ubnd", "ngày", "29/01/2022"},
          new int[] {1, 1, 1, 1, 1, 1});
    }
  }

  public void testBySpiNameWithItsTokenizer() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder(new ClasspathResourceLoader(getClass().getClassLoader()))
            .withTokenizer("standard")
            .addTokenFilter(AbbreviationExpansionFilterFactory.NAME, "tokenizer", "standard")
            .addTokenFilter("lowercase")
            .build()) {
      assertAnalyzesTo(a, "UBND tỉnh", new String[] {"ubnd", "ủy", "ban", "nhân", "dân", "tỉnh"},
          new int[] {1, 0, 1, 1, 1, 1});
    }
  }

  public void testCustomDictionaryFile() throws IOException {
    Path dir = createTempDir();
    Path file = dir.resolve("abbr.tsv");
    Files.writeString(file, "# test\nBK\tbằng khen\n", StandardCharsets.UTF_8);
    try (Analyzer a =
        CustomAnalyzer.builder(dir)
            .withTokenizer("whitespace")
            .addTokenFilter(AbbreviationExpansionFilterFactory.NAME, "dictionary", "abbr.tsv", "tokenizer",
                "whitespace")
            .build()) {
      assertAnalyzesTo(a, "BK UBND", new String[] {"BK", "bằng", "khen", "UBND"}, new int[] {1, 0, 1, 1});
    }
    Files.writeString(file, "BK bằng khen\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                CustomAnalyzer.builder(dir)
                    .withTokenizer("whitespace")
                    .addTokenFilter(AbbreviationExpansionFilterFactory.NAME, "dictionary", "abbr.tsv", "tokenizer",
                        "whitespace")
                    .build());
    assertTrue(e.getMessage(), e.getMessage().contains("abbr.tsv:1"));
  }

  public void testExpansionWithoutTokensIsRejected() throws IOException {
    Abbreviations dict = Abbreviations.parse(new StringReader("XX\t- ; -\n"), "bad.tsv");
    try (Analyzer standard = tokenizerOnly()) {
      IllegalArgumentException e =
          expectThrows(IllegalArgumentException.class, () -> AbbreviationExpansions.compile(dict, standard));
      assertTrue(e.getMessage(), e.getMessage().contains("XX"));
    }
  }

  public void testUnknownArgument() {
    java.util.Map<String, String> args = new java.util.HashMap<>();
    args.put("bogus", "x");
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> new AbbreviationExpansionFilterFactory(args));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = expanding(false)) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = expanding(true)) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomAbbreviationHeavyText() throws IOException {
    String[] words = {"TĐKT", "TT", "UBND", "tu", "TU", "thi", "đua", "HĐND", "05/KH-UBND", "LĐLĐ", "DA", "x"};
    try (Analyzer a = expanding(false)) {
      for (int i = 0; i < 200; i++) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random().nextInt(12);
        for (int k = 0; k < n; k++) {
          sb.append(words[random().nextInt(words.length)]).append(' ');
        }
        checkAnalysisConsistency(random(), a, random().nextBoolean(), sb.toString(), true);
      }
    }
  }
}
