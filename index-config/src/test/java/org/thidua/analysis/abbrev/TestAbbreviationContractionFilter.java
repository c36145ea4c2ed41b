package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.thidua.analysis.abbrev.AbbreviationExpansionFilter.Expand;
import org.thidua.dictionary.Abbreviations;
import org.thidua.dictionary.Abbreviations.Abbreviation;

/**
 * The contraction filter on Lucene's standard tokenizer (which splits the dictionary's expansions too), on phrases
 * from the seed plans; with thidua's tokenizer it is tested through ThiduaAnalyzers.
 */
public class TestAbbreviationContractionFilter extends BaseTokenStreamTestCase {

  private static final String W = "<ALPHANUM>";
  private static final String C = AbbreviationContractionFilter.TYPE;

  private static AbbreviationExpansions standardExpansions;
  private static AbbreviationContractions contractions;
  private static AbbreviationContractions contractionsIgnoringDiacritics;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    if (standardExpansions == null) {
      try (Analyzer standard = tokenizerOnly()) {
        standardExpansions = AbbreviationExpansions.compile(Abbreviations.bundled(), standard);
      }
      contractions = AbbreviationContractions.compile(standardExpansions, false);
      contractionsIgnoringDiacritics = AbbreviationContractions.compile(standardExpansions, true);
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

  /** standard tokenizer → contraction → lowercase. */
  private static Analyzer contracting(AbbreviationContractions table) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new AbbreviationContractionFilter(tokenizer, table);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(ts));
      }
    };
  }

  /** The index-time chain of ThiduaAnalyzers on the standard tokenizer: contraction, flat expansion, lowercase. */
  private static Analyzer indexChain() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new AbbreviationContractionFilter(tokenizer, contractions);
        ts = new AbbreviationExpansionFilter(ts, standardExpansions, true, Expand.ALL);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(ts));
      }
    };
  }

  public void testSeedPhraseGetsItsAbbreviation() throws IOException {
    try (Analyzer a = contracting(contractions)) {
      // seed 000, line 11: "… triển khai công tác thi đua, khen thưởng tỉnh Lào Cai năm 2022"
      assertAnalyzesTo(
          a,
          "công tác thi đua, khen thưởng năm 2022",
          new String[] {"công", "tác", "tđkt", "thi", "đua", "khen", "thưởng", "năm", "2022"},
          new int[] {0, 5, 9, 9, 13, 18, 23, 30, 34},
          new int[] {4, 8, 29, 12, 16, 22, 29, 33, 38},
          new String[] {W, W, C, W, W, W, W, W, "<NUM>"},
          new int[] {1, 1, 1, 0, 1, 1, 1, 1, 1},
          new int[] {1, 1, 4, 1, 1, 1, 1, 1, 1});
    }
  }

  public void testUnitNameGetsItsAbbreviation() throws IOException {
    try (Analyzer a = contracting(contractions)) {
      // seed: "báo cáo Ủy ban nhân dân tỉnh kết quả"; "báo cáo" is both BC and b/c
      assertAnalyzesTo(
          a,
          "báo cáo Ủy ban nhân dân tỉnh",
          new String[] {"bc", "b/c", "báo", "cáo", "ubnd", "ủy", "ban", "nhân", "dân", "tỉnh"},
          new int[] {0, 0, 0, 4, 8, 8, 11, 15, 20, 24},
          new int[] {7, 7, 3, 7, 23, 10, 14, 19, 23, 28},
          new String[] {C, C, W, W, C, W, W, W, W, W},
          new int[] {1, 0, 0, 1, 1, 0, 1, 1, 1, 1},
          new int[] {2, 2, 1, 1, 4, 1, 1, 1, 1, 1});
    }
  }

  public void testCaseAndPunctuationAsWritten() throws IOException {
    try (Analyzer a = contracting(contractions)) {
      for (String text :
          new String[] {"THI ĐUA, KHEN THƯỞNG", "Thi đua - Khen thưởng", "thi đua khen thưởng", "Thi đua; khen thưởng."}) {
        assertAnalyzesTo(
            a, text, new String[] {"tđkt", "thi", "đua", "khen", "thưởng"}, new int[] {1, 0, 1, 1, 1});
      }
    }
  }

  public void testAbbreviationsThatAreSyllablesAreNotContracted() throws IOException {
    try (Analyzer a = contracting(contractions)) {
      // TU (Tỉnh ủy), HU (Huyện ủy), ĐA (Đề án), DA (Dự án): a query "tu" or "da" must not match these words
      assertAnalyzesTo(a, "chỉ đạo của Tỉnh ủy", new String[] {"chỉ", "đạo", "của", "tỉnh", "ủy"});
      assertAnalyzesTo(a, "Huyện ủy", new String[] {"huyện", "ủy"});
      assertAnalyzesTo(a, "Đề án và Dự án", new String[] {"đề", "án", "và", "dự", "án"});
      // Trung ương is both TW and TƯ: only TW, which is no syllable, is contracted
      assertAnalyzesTo(a, "Trung ương", new String[] {"tw", "trung", "ương"}, new int[] {1, 0, 1});
      // Ban Thường vụ Tỉnh ủy: BTV, but no TU
      assertAnalyzesTo(
          a, "Ban Thường vụ Tỉnh ủy", new String[] {"btv", "ban", "thường", "vụ", "tỉnh", "ủy"}, new int[] {1, 0, 1, 1, 1, 1});
    }
  }

  public void testNestedMatchesLongestFirst() throws IOException {
    try (Analyzer a = contracting(contractions)) {
      // seed: "sự phối hợp của Ủy ban Mặt trận Tổ quốc Việt Nam các cấp"
      assertAnalyzesTo(
          a,
          "Ủy ban Mặt trận Tổ quốc Việt Nam",
          new String[] {"ubmttqvn", "ubmttq", "ủy", "ban", "mttq", "mặt", "trận", "tổ", "quốc", "việt", "nam"},
          new int[] {0, 0, 0, 3, 7, 7, 11, 16, 19, 24, 29},
          new int[] {32, 23, 2, 6, 23, 10, 15, 18, 23, 28, 32},
          null,
          new int[] {1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1},
          new int[] {8, 6, 1, 1, 4, 1, 1, 1, 1, 1, 1});
      // Hội đồng Thi đua - Khen thưởng Trung ương: the council, its field, and Trung ương, each over its words
      assertAnalyzesTo(
          a,
          "Hội đồng Thi đua - Khen thưởng Trung ương",
          new String[] {"hđtđkttw", "hđtđkt", "hội", "đồng", "tđkttw", "tđkt", "thi", "đua", "khen", "thưởng", "tw",
            "trung", "ương"},
          null,
          null,
          null,
          new int[] {1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1},
          new int[] {8, 6, 1, 1, 6, 4, 1, 1, 1, 1, 2, 1, 1});
    }
  }

  public void testSeveralAbbreviationsOfOneExpansion() throws IOException {
    try (Analyzer a = contracting(contractions)) {
      // TT is Thường trực and Thông tư; KT-XH and KTXH are both kinh tế - xã hội
      assertAnalyzesTo(a, "Thường trực", new String[] {"tt", "thường", "trực"}, new int[] {1, 0, 1});
      assertAnalyzesTo(a, "Thông tư", new String[] {"tt", "thông", "tư"}, new int[] {1, 0, 1});
      assertAnalyzesToPositions(
          a,
          "phát triển kinh tế - xã hội",
          new String[] {"phát", "triển", "kt-xh", "ktxh", "kinh", "tế", "xã", "hội"},
          new int[] {1, 1, 1, 0, 0, 1, 1, 1},
          new int[] {1, 1, 4, 4, 1, 1, 1, 1});
    }
  }

  public void testPartialExpansionAtTheEndIsNotContracted() throws IOException {
    try (Analyzer a = contracting(contractions)) {
      assertAnalyzesTo(a, "công tác thi đua, khen", new String[] {"công", "tác", "thi", "đua", "khen"});
      assertAnalyzesTo(a, "Ủy ban nhân", new String[] {"ủy", "ban", "nhân"});
      // the longest fails at the end, the shorter ones still match
      assertAnalyzesTo(
          a,
          "Ủy ban Mặt trận Tổ quốc Việt",
          new String[] {"ubmttq", "ủy", "ban", "mttq", "mặt", "trận", "tổ", "quốc", "việt"},
          new int[] {1, 0, 1, 1, 0, 1, 1, 1, 1});
      assertAnalyzesTo(a, "thi", new String[] {"thi"});
      assertAnalyzesTo(a, "", new String[0]);
    }
  }

  public void testWordsMustBeAdjacent() throws IOException {
    // a hole (a token removed before the filter) breaks an expansion
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream ts = new StopFilter(tokenizer, new CharArraySet(List.of("x"), false));
            return new TokenStreamComponents(tokenizer, new AbbreviationContractionFilter(ts, contractions));
          }
        }) {
      assertAnalyzesTo(a, "thi đua x khen thưởng", new String[] {"thi", "đua", "khen", "thưởng"}, new int[] {1, 1, 2, 1});
      assertAnalyzesTo(a, "x thi đua khen thưởng", new String[] {"TĐKT", "thi", "đua", "khen", "thưởng"},
          new int[] {2, 0, 1, 1, 1});
    }
  }

  public void testDiacriticsOnlyWhenAsked() throws IOException {
    try (Analyzer strict = contracting(contractions);
        Analyzer folding = contracting(contractionsIgnoringDiacritics)) {
      assertAnalyzesTo(strict, "thi dua khen thuong", new String[] {"thi", "dua", "khen", "thuong"});
      // the abbreviation as the dictionary writes it: a later folding filter removes its diacritics too
      assertAnalyzesTo(folding, "thi dua khen thuong", new String[] {"tđkt", "thi", "dua", "khen", "thuong"});
      assertAnalyzesTo(folding, "Uy ban nhan dan", new String[] {"ubnd", "uy", "ban", "nhan", "dan"});
    }
  }

  public void testContractedTokensAreNotExpandedAgain() throws IOException {
    try (Analyzer a = indexChain()) {
      // seed 000, line 17: both spellings in one sentence; each word once, the abbreviation over both
      assertAnalyzesTo(
          a,
          "công tác thi đua, khen thưởng (TĐKT) ngành",
          new String[] {"công", "tác", "tđkt", "thi", "đua", "khen", "thưởng", "tđkt", "thi", "đua", "khen", "thưởng",
            "ngành"},
          new int[] {0, 5, 9, 9, 13, 18, 23, 31, 31, 31, 31, 31, 37},
          new int[] {4, 8, 29, 12, 16, 22, 29, 35, 35, 35, 35, 35, 42},
          new String[] {W, W, C, W, W, W, W, W, AbbreviationExpansionFilter.TYPE, AbbreviationExpansionFilter.TYPE,
            AbbreviationExpansionFilter.TYPE, AbbreviationExpansionFilter.TYPE, W},
          new int[] {1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1},
          new int[] {1, 1, 4, 1, 1, 1, 1, 4, 1, 1, 1, 1, 1});
    }
  }

  /**
   * Contraction only adds: with it, the expansion filter decides exactly as without it (its look-ahead for headings
   * in capitals skips contracted tokens: in "TƯ ĐOÀN THANH NIÊN" the word after TƯ is ĐOÀN, not the ĐTN added
   * before it), and every other token keeps its position.
   */
  public void testContractionOnlyAdds() throws IOException {
    Analyzer expandingOnly =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream ts = new AbbreviationExpansionFilter(tokenizer, standardExpansions, true, Expand.ALL);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(ts));
          }
        };
    try (expandingOnly;
        Analyzer both = indexChain()) {
      assertEquals(
          List.of("0:tư", "1:đoàn", "2:thanh", "3:niên"), withoutContractions(both, "TƯ ĐOÀN THANH NIÊN"));
      assertEquals(withoutContractions(expandingOnly, "TƯ ĐOÀN THANH NIÊN"), withoutContractions(both, "TƯ ĐOÀN THANH NIÊN"));
      String[] words = {"TƯ", "TU", "ĐA", "ĐOÀN", "THANH", "NIÊN", "Đoàn", "Thanh", "niên", "Ủy", "ban", "nhân", "dân",
        "UBND", "TĐKT", "thi", "đua", "khen", "thưởng", "SỞ", "PHÁP", "Trung", "ương", "TT", "x"};
      for (int i = 0; i < 300; i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + random().nextInt(12); k > 0; k--) {
          sb.append(words[random().nextInt(words.length)]).append(' ');
        }
        String text = sb.toString();
        assertEquals(text, withoutContractions(expandingOnly, text), withoutContractions(both, text));
      }
    }
  }

  /** "position:term" of every token but contractions. */
  private static List<String> withoutContractions(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        if (!type.type().equals(C)) {
          out.add(position + ":" + term);
        }
      }
      ts.end();
    }
    return out;
  }

  public void testContextualExpansionLeavesTheRestToTheIndex() throws IOException {
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream ts = new AbbreviationExpansionFilter(tokenizer, standardExpansions, false, Expand.CONTEXTUAL);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(ts));
          }
        }) {
      assertAnalyzesToPositions(a, "TĐKT", new String[] {"tđkt"}, new int[] {1}, new int[] {1});
      assertAnalyzesTo(a, "UBND tỉnh", new String[] {"ubnd", "tỉnh"});
      assertAnalyzesTo(a, "tdkt", new String[] {"tdkt"});
      // TU alone is Tỉnh ủy; in a heading in capitals it is a word; "tu" is always a word
      assertAnalyzesToPositions(a, "TU", new String[] {"tu", "tỉnh", "ủy"}, new int[] {1, 0, 1}, new int[] {2, 1, 1});
      assertAnalyzesTo(a, "SỞ TƯ PHÁP", new String[] {"sở", "tư", "pháp"});
      assertAnalyzesTo(a, "tu", new String[] {"tu"});
      assertAnalyzesTo(a, "Thường trực TU", new String[] {"thường", "trực", "tu", "tỉnh", "ủy"});
    }
  }

  /**
   * Random sequences of expansion words, abbreviations and other words against a brute-force oracle: every run of
   * tokens that equals (ignoring case) an expansion of a non-syllable abbreviation gets exactly that abbreviation
   * over it, and nothing else is added.
   */
  public void testAgainstBruteForce() throws IOException {
    List<String> pieces = new ArrayList<>();
    for (Abbreviation e : Abbreviations.bundled().entries()) {
      pieces.add(e.preferredExpansion());
    }
    pieces.addAll(List.of("Ủy", "ban", "Tổ", "quốc", "thi", "đua", "tỉnh", "năm", "TĐKT", "Tỉnh ủy", "x", "Đề án"));
    try (Analyzer words = tokenizerOnly();
        Analyzer a = contracting(contractions)) {
      for (int i = 0; i < 200; i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + random().nextInt(8); k > 0; k--) {
          sb.append(pieces.get(random().nextInt(pieces.size()))).append(random().nextBoolean() ? " " : ", ");
        }
        String text = sb.toString();
        List<String> plain = tokens(words, text);
        Set<String> expected = new LinkedHashSet<>();
        for (Abbreviation e : Abbreviations.bundled().entries()) {
          if (e.capitalsOnly()) {
            continue;
          }
          for (String[] expansion : standardExpansions.tokens(e)) {
            for (int start = 0; start + expansion.length <= plain.size(); start++) {
              boolean match = true;
              for (int t = 0; t < expansion.length && match; t++) {
                match = plain.get(start + t).equalsIgnoreCase(expansion[t]);
              }
              if (match) {
                expected.add(start + ":" + expansion.length + ":" + e.abbreviation().toLowerCase(Locale.ROOT));
              }
            }
          }
        }
        Set<String> actual = new LinkedHashSet<>();
        List<String> originals = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
          PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
          TypeAttribute type = ts.addAttribute(TypeAttribute.class);
          ts.reset();
          int position = -1;
          while (ts.incrementToken()) {
            position += posInc.getPositionIncrement();
            if (type.type().equals(C)) {
              actual.add(position + ":" + posLen.getPositionLength() + ":" + term);
            } else {
              originals.add(term.toString());
            }
          }
          ts.end();
        }
        assertEquals(text, plain.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(), originals);
        assertEquals(text, expected, actual);
      }
    }
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  public void testBySpiNameWithItsTokenizer() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder(new ClasspathResourceLoader(getClass().getClassLoader()))
            .withTokenizer("standard")
            .addTokenFilter(AbbreviationContractionFilterFactory.NAME, "tokenizer", "standard")
            .addTokenFilter(AbbreviationExpansionFilterFactory.NAME, "tokenizer", "standard", "flatten", "true")
            .addTokenFilter("lowercase")
            .build()) {
      assertAnalyzesTo(
          a,
          "UBND và Ủy ban nhân dân",
          new String[] {"ubnd", "ủy", "ban", "nhân", "dân", "và", "ubnd", "ủy", "ban", "nhân", "dân"},
          new int[] {1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1});
    }
    try (Analyzer a =
        CustomAnalyzer.builder(new ClasspathResourceLoader(getClass().getClassLoader()))
            .withTokenizer("standard")
            .addTokenFilter(AbbreviationContractionFilterFactory.NAME, "tokenizer", "standard", "ignoreDiacritics",
                "true")
            .addTokenFilter("lowercase")
            .build()) {
      assertAnalyzesTo(a, "uy ban nhan dan", new String[] {"ubnd", "uy", "ban", "nhan", "dan"});
    }
  }

  public void testCustomDictionaryFile() throws IOException {
    Path dir = createTempDir();
    Files.writeString(dir.resolve("abbr.tsv"), "# test\nBK\tbằng khen\nTU\tTỉnh ủy\n", StandardCharsets.UTF_8);
    try (Analyzer a =
        CustomAnalyzer.builder(dir)
            .withTokenizer("whitespace")
            .addTokenFilter(AbbreviationContractionFilterFactory.NAME, "dictionary", "abbr.tsv", "tokenizer",
                "whitespace")
            .build()) {
      assertAnalyzesTo(
          a, "Bằng khen của Tỉnh ủy", new String[] {"BK", "Bằng", "khen", "của", "Tỉnh", "ủy"}, new int[] {1, 0, 1, 1, 1, 1});
    }
  }

  public void testBadArguments() {
    Map<String, String> args = new HashMap<>();
    args.put("bogus", "x");
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> new AbbreviationContractionFilterFactory(args));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
    Map<String, String> mode = new HashMap<>();
    mode.put("expand", "some");
    e = expectThrows(IllegalArgumentException.class, () -> new AbbreviationExpansionFilterFactory(mode));
    assertTrue(e.getMessage(), e.getMessage().contains("all or contextual"));
  }

  public void testEmptyTable() throws IOException {
    AbbreviationContractions none;
    try (Analyzer standard = tokenizerOnly()) {
      none =
          AbbreviationContractions.compile(
              AbbreviationExpansions.compile(Abbreviations.parse(new StringReader("TU\tTỉnh ủy\n"), "t"), standard),
              false);
    }
    assertTrue(none.isEmpty());
    try (Analyzer a = contracting(none)) {
      assertAnalyzesTo(a, "Tỉnh ủy", new String[] {"tỉnh", "ủy"});
      checkRandomData(random(), a, 50 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = contracting(contractions)) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
    try (Analyzer a = indexChain()) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomAbbreviationHeavyText() throws IOException {
    String[] words = {"Ủy", "ban", "nhân", "dân", "Mặt", "trận", "Tổ", "quốc", "Việt", "Nam", "thi", "đua,", "khen",
      "thưởng", "TĐKT", "UBND", "TU", "Tỉnh", "ủy", "Hội", "đồng", "x"};
    try (Analyzer a = indexChain();
        Analyzer b = contracting(contractionsIgnoringDiacritics)) {
      for (int i = 0; i < 200; i++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + random().nextInt(16); k > 0; k--) {
          sb.append(words[random().nextInt(words.length)]).append(' ');
        }
        checkAnalysisConsistency(random(), a, random().nextBoolean(), sb.toString(), true);
        checkAnalysisConsistency(random(), b, random().nextBoolean(), sb.toString(), true);
      }
    }
  }
}
