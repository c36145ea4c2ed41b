package org.thidua.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.thidua.analysis.ThiduaAnalyzers.AnalyzedToken;
import org.thidua.analysis.abbrev.AbbreviationContractionFilter;
import org.thidua.analysis.abbrev.AbbreviationExpansionFilter;
import org.thidua.analysis.fold.VietnameseFolding;
import org.thidua.analysis.normalize.VietnameseNormalizer;
import org.thidua.dictionary.Abbreviations;
import org.thidua.dictionary.Abbreviations.Abbreviation;

/**
 * The four analyzers on phrases from the seed plans. Subclasses run it with VnCoreNLP's model (words) and without
 * (syllables); expectations are written segmented ({@code công_tác}) and split into syllables in fall-back mode.
 */
public abstract class ThiduaAnalyzersTestBase extends BaseTokenStreamTestCase {

  private static final String CONTRACTION = AbbreviationContractionFilter.TYPE;

  /** The model folder to use; a folder without a model gives the fall-back. */
  protected abstract Path modelDir();

  /** Whether {@link #modelDir()} holds a model, i.e. the exact field has words. */
  protected abstract boolean segmented();

  private Analyzer exactIndex;
  private Analyzer exactQuery;
  private Analyzer foldedIndex;
  private Analyzer foldedQuery;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    Path dir = modelDir();
    exactIndex = ThiduaAnalyzers.exactIndex(dir);
    exactQuery = ThiduaAnalyzers.exactQuery(dir);
    foldedIndex = ThiduaAnalyzers.foldedIndex(dir);
    foldedQuery = ThiduaAnalyzers.foldedQuery(dir);
  }

  @Override
  public void tearDown() throws Exception {
    // setUp may have stopped early (no model: the test is skipped)
    org.apache.lucene.util.IOUtils.close(exactIndex, exactQuery, foldedIndex, foldedQuery);
    super.tearDown();
  }

  /** "công_tác thi_đua" → the exact field's tokens in this mode. */
  private String[] exact(String segmented) {
    String s = segmented() ? segmented : segmented.replace('_', ' ');
    return s.split(" ");
  }

  /** The folded field's tokens for the same words: syllables without diacritics. */
  private static String[] folded(String segmented) {
    return VietnameseFolding.fold(segmented.replace('_', ' ')).split(" ");
  }

  /** The query analyzers give exactly these words; the index analyzers these words plus contractions. */
  private void assertBoth(String text, String segmented) throws IOException {
    assertAnalyzesTo(exactQuery, text, exact(segmented));
    assertAnalyzesTo(foldedQuery, text, folded(segmented));
    assertEquals(text, Arrays.asList(exact(segmented)), originals(exactIndex, text));
    assertEquals(text, Arrays.asList(folded(segmented)), originals(foldedIndex, text));
  }

  /** The terms of the tokens that stand for words of the text: no expansions, no contractions. */
  private static List<String> originals(Analyzer a, String text) {
    return ThiduaAnalyzers.analyze(a, text).stream()
        .filter(t -> !isExpansion(t) && !isContraction(t))
        .map(AnalyzedToken::term)
        .toList();
  }

  /** The contracted abbreviations the analyzer adds to {@code text}. */
  private static List<String> contractions(Analyzer a, String text) {
    return ThiduaAnalyzers.analyze(a, text).stream()
        .filter(ThiduaAnalyzersTestBase::isContraction)
        .map(AnalyzedToken::term)
        .toList();
  }

  public void testSeedTitle() throws IOException {
    assertBoth("Công tác thi đua, khen thưởng năm 2022", "công_tác thi_đua khen_thưởng năm 2022");
    // the index also holds TĐKT over the words, from the first word's start to the last word's end
    assertAnalyzesTo(
        foldedIndex,
        "Công tác thi đua, khen thưởng năm 2022",
        new String[] {"cong", "tac", "tdkt", "thi", "dua", "khen", "thuong", "nam", "2022"},
        new int[] {0, 5, 9, 9, 13, 18, 23, 30, 34},
        new int[] {4, 8, 29, 12, 16, 22, 29, 33, 38},
        new String[] {"<WORD>", "<WORD>", CONTRACTION, "<WORD>", "<WORD>", "<WORD>", "<WORD>", "<WORD>", "<NUM>"},
        new int[] {1, 1, 1, 0, 1, 1, 1, 1, 1},
        new int[] {1, 1, 4, 1, 1, 1, 1, 1, 1});
    if (segmented()) {
      assertAnalyzesTo(
          exactIndex,
          "Công tác thi đua, khen thưởng năm 2022",
          new String[] {"công_tác", "tđkt", "thi_đua", "khen_thưởng", "năm", "2022"},
          new int[] {0, 9, 9, 18, 30, 34},
          new int[] {8, 29, 16, 29, 33, 38},
          new String[] {"<WORD>", CONTRACTION, "<WORD>", "<WORD>", "<WORD>", "<NUM>"},
          new int[] {1, 1, 0, 1, 1, 1},
          new int[] {1, 2, 1, 1, 1, 1});
    }
  }

  public void testLegalCitationStaysWhole() throws IOException {
    String text = "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017";
    assertBoth(text, "nghị_định số 91/2017/nđ-cp ngày 31/7/2017");
    assertAnalyzesTo(
        foldedQuery,
        text,
        new String[] {"nghi", "dinh", "so", "91/2017/nd-cp", "ngay", "31/7/2017"},
        new String[] {"<WORD>", "<WORD>", "<WORD>", "<SYMBOL>", "<WORD>", "<DATE>"});
    assertBoth("Kế hoạch số 05/KH-UBND đạt 100%", "kế_hoạch số 05/kh-ubnd đạt 100%");
  }

  public void testOldAndModernTonePlacementMeet() throws IOException {
    for (Analyzer a : new Analyzer[] {exactIndex, exactQuery, foldedIndex, foldedQuery}) {
      assertEquals(terms(a, "hòa nhập"), terms(a, "hoà nhập"));
      assertEquals(terms(a, "Ủy ban nhân dân tỉnh"), terms(a, "Uỷ ban nhân dân tỉnh"));
      assertEquals(terms(a, "sức khỏe"), terms(a, "sức khoẻ"));
      // decomposed text and the Ð look-alike, as PDF converters leave them
      assertEquals(terms(a, "Đảng ủy"), terms(a, Normalizer.normalize("\u00D0ảng uỷ", Normalizer.Form.NFD)));
    }
    assertBoth("hoà nhập", "hòa_nhập");
  }

  public void testOffsetsPointIntoTheOriginalText() throws IOException {
    // zero-width space inside, decomposed ế: offsets still cover the original characters
    String text = "Kê\u0301 hoạch\u200B TĐKT";
    List<AnalyzedToken> tokens = ThiduaAnalyzers.analyze(exactIndex, text);
    AnalyzedToken first = tokens.getFirst();
    assertEquals(0, first.startOffset());
    AnalyzedToken abbreviation =
        tokens.stream().filter(t -> t.term().equals("tđkt")).findFirst().orElseThrow();
    assertEquals("TĐKT", text.substring(abbreviation.startOffset(), abbreviation.endOffset()));
    assertEquals(text.length(), abbreviation.endOffset());
  }

  public void testAbbreviationInUnitName() throws IOException {
    String text = "Ban TĐKT, Sở Nội vụ";
    // the query keeps the abbreviation as one term
    assertBoth(text, "ban tđkt sở nội_vụ");
    String expansion = AbbreviationExpansionFilter.TYPE;
    if (segmented()) {
      assertAnalyzesTo(
          exactIndex,
          text,
          new String[] {"ban", "tđkt", "thi_đua", "khen_thưởng", "snv", "sở", "nội_vụ"},
          new int[] {0, 4, 4, 4, 10, 10, 13},
          new int[] {3, 8, 8, 8, 19, 12, 19},
          new String[] {"<WORD>", "<WORD>", expansion, expansion, CONTRACTION, "<WORD>", "<WORD>"},
          new int[] {1, 1, 0, 1, 1, 0, 1},
          new int[] {1, 2, 1, 1, 2, 1, 1});
    } else {
      assertAnalyzesTo(
          exactIndex,
          text,
          new String[] {"ban", "tđkt", "thi", "đua", "khen", "thưởng", "snv", "sở", "nội", "vụ"},
          null,
          null,
          null,
          new int[] {1, 1, 0, 1, 1, 1, 1, 0, 1, 1},
          new int[] {1, 4, 1, 1, 1, 1, 3, 1, 1, 1});
    }
    // the index holds the abbreviation over its expansion and the expansion over the abbreviation (Sở Nội vụ: SNV)
    assertAnalyzesTo(
        foldedIndex,
        text,
        new String[] {"ban", "tdkt", "thi", "dua", "khen", "thuong", "snv", "so", "noi", "vu"},
        new int[] {0, 4, 4, 4, 4, 4, 10, 10, 13, 17},
        new int[] {3, 8, 8, 8, 8, 8, 19, 12, 16, 19},
        new String[] {"<WORD>", "<WORD>", expansion, expansion, expansion, expansion, CONTRACTION, "<WORD>", "<WORD>",
          "<WORD>"},
        new int[] {1, 1, 0, 1, 1, 1, 1, 0, 1, 1},
        new int[] {1, 4, 1, 1, 1, 1, 3, 1, 1, 1});
  }

  public void testAbbreviationFormsOfAQuery() throws IOException {
    // a query abbreviation is one term in either field, whatever its case and diacritics
    for (String form : new String[] {"TĐKT", "Tđkt", "tđkt"}) {
      assertAnalyzesToPositions(exactQuery, form, new String[] {"tđkt"}, new int[] {1}, new int[] {1});
    }
    for (String form : new String[] {"TĐKT", "Tđkt", "tđkt", "TDKT", "tdkt"}) {
      assertAnalyzesToPositions(foldedQuery, form, new String[] {"tdkt"}, new int[] {1}, new int[] {1});
    }
    assertEquals(List.of("ubnd"), terms(exactQuery, "UBND"));
    // … and the index has that term where the words are written, with or without diacritics in the folded field
    assertEquals(List.of("tđkt"), contractions(exactIndex, "thi đua, khen thưởng"));
    assertEquals(List.of("tdkt"), contractions(foldedIndex, "THI ĐUA - KHEN THƯỞNG"));
    assertEquals(List.of("tdkt"), contractions(foldedIndex, "thi dua khen thuong"));
    assertEquals(List.of(), contractions(exactIndex, "thi dua khen thuong"));
    assertEquals(List.of("ubnd"), contractions(exactIndex, "Uỷ ban nhân dân"));
    // the word "tu" is not TU (Tỉnh ủy): TU still expands in the query, and "Tỉnh ủy" is never contracted to "tu"
    assertEquals(List.of("tu"), terms(foldedQuery, "tu"));
    assertEquals(List.of("tu"), terms(exactQuery, "tu"));
    assertEquals(Arrays.asList(folded("tu tỉnh_ủy")), terms(foldedQuery, "TU"));
    assertEquals(Arrays.asList(exact("tu tỉnh_ủy")), terms(exactQuery, "TU"));
    assertEquals(List.of("tư", "trung", "ương"), terms(exactQuery, "TƯ").stream().flatMap(t -> Arrays.stream(t.split("_"))).toList());
    for (Analyzer index : new Analyzer[] {exactIndex, foldedIndex}) {
      assertEquals(List.of(), contractions(index, "chỉ đạo của Tỉnh ủy, Huyện ủy"));
      assertEquals(List.of(), contractions(index, "Đề án, Dự án"));
    }
    // Trung ương is TW and TƯ: only TW, which is no syllable, is contracted
    assertEquals(List.of("tw"), contractions(foldedIndex, "Trung ương"));
  }

  /**
   * For every abbreviation the tokenizer keeps whole, in both directions: at index time, the expansion path has
   * exactly the tokens the expansion's own text gives in the same field, and that text gets the abbreviation
   * contracted over all of it; at query time the abbreviation stays one term, except abbreviations that are also
   * syllables, which are expanded as a graph (and never contracted). So a document with the words and a query with
   * the abbreviation (or the reverse) meet.
   */
  public void testEveryExpansionMatchesItsText() throws IOException {
    int checked = 0;
    List<String> split = new ArrayList<>();
    for (Abbreviation a : Abbreviations.bundled().entries()) {
      for (Analyzer analyzer : new Analyzer[] {exactQuery, foldedQuery, exactIndex, foldedIndex}) {
        List<AnalyzedToken> tokens = ThiduaAnalyzers.analyze(analyzer, a.abbreviation());
        if (tokens.stream().filter(t -> t.positionIncrement() > 0 && !isExpansion(t)).count() != 1) {
          split.add(a.abbreviation());
          continue;
        }
        String term = tokens.getFirst().term();
        List<List<String>> fromText = new ArrayList<>();
        for (String expansion : a.expansions()) {
          fromText.add(originals(analyzer, expansion));
        }
        boolean query = analyzer == exactQuery || analyzer == foldedQuery;
        if (query && !a.capitalsOnly()) {
          assertEquals(a.abbreviation(), 1, tokens.size());
        } else if (query) {
          assertEquals(a.abbreviation(), new java.util.HashSet<>(fromText), new java.util.HashSet<>(paths(tokens)));
        } else {
          // flattened for the index: parallel paths merge, so more (mixed) paths exist, but every real one is there
          assertTrue(a.abbreviation(), paths(tokens).containsAll(fromText));
          for (String expansion : a.expansions()) {
            List<AnalyzedToken> contracted =
                ThiduaAnalyzers.analyze(analyzer, expansion).stream()
                    .filter(t -> isContraction(t) && t.term().equals(term))
                    .toList();
            if (a.capitalsOnly()) {
              assertEquals(a.abbreviation() + " ← " + expansion, List.of(), contracted);
            } else {
              assertEquals(a.abbreviation() + " ← " + expansion, 1, contracted.size());
              assertEquals(expansion, 0, contracted.getFirst().startOffset());
              assertEquals(expansion, expansion.length(), contracted.getFirst().endOffset());
            }
          }
        }
        checked++;
      }
    }
    // the tokenizer keeps every listed form whole, those with & (GD&ĐT, VH,TT&DL) and / (V/v) included
    assertEquals(List.of(), split);
    assertEquals(4 * Abbreviations.bundled().entries().size(), checked);
  }

  /**
   * Every "thi đua, khen thưởng" of the seed plans (any case, separated by a comma, a spaced dash or a space) gets
   * TĐKT in both index fields, also where word segmentation sees the words in their real context.
   */
  public void testSeedsGetTheirContractions() throws IOException {
    // not "Thi đua-Khen thưởng" (seed 003): the tokenizer keeps "đua-Khen" as one token, as it does any hyphenated
    // word, so neither that text nor an expansion of TĐKT can be matched against it
    Pattern phrase = Pattern.compile("thi đua(\\s*,\\s*|\\s+[-–]\\s+|\\s+)khen thưởng");
    int total = 0;
    for (String seed : SharedTestData.seeds()) {
      String text = VietnameseNormalizer.normalize(seed).toLowerCase(Locale.ROOT);
      Matcher m = phrase.matcher(text);
      List<String> spans = new ArrayList<>();
      while (m.find()) {
        spans.add(m.start() + "-" + m.end());
      }
      total += spans.size();
      for (Analyzer a : new Analyzer[] {exactIndex, foldedIndex}) {
        String tdkt = a == exactIndex ? "tđkt" : "tdkt";
        List<String> contracted =
            ThiduaAnalyzers.analyze(a, seed).stream()
                .filter(t -> isContraction(t) && t.term().equals(tdkt))
                .map(t -> t.startOffset() + "-" + t.endOffset())
                .toList();
        assertEquals(spans, contracted);
      }
    }
    assertTrue(total > 50);
  }

  /**
   * "Sở KH&CN" is Khoa học và Công nghệ, not Kế hoạch (KH) plus Công nghệ (CN): the joined form is one token
   * whose expansion is the text's own tokens, and the expansions of its pieces never appear.
   */
  public void testAgencyAbbreviationsWithAmpersandExpandWhole() throws IOException {
    String[][] cases = {
      {"GD&ĐT", "giáo dục và đào tạo"},
      {"KH&CN", "khoa học và công nghệ"},
      {"KH&ĐT", "kế hoạch và đầu tư"},
      {"LĐ-TB&XH", "lao động - thương binh và xã hội"},
      {"TN&MT", "tài nguyên và môi trường"},
      {"NN&PTNT", "nông nghiệp và phát triển nông thôn"},
      {"VH,TT&DL", "văn hóa, thể thao và du lịch"},
      {"VH-TT&DL", "văn hóa, thể thao và du lịch"},
      {"TT&TT", "thông tin và truyền thông"},
    };
    List<String> kehoach = terms(exactQuery, "Kế hoạch");
    for (String[] c : cases) {
      for (Analyzer a : new Analyzer[] {exactIndex, exactQuery, foldedIndex, foldedQuery}) {
        List<AnalyzedToken> tokens = ThiduaAnalyzers.analyze(a, "Sở " + c[0] + ".");
        List<String> original = originals(a, "Sở " + c[0] + ".");
        assertEquals(c[0], List.of(terms(a, "Sở").getFirst(), terms(a, c[0]).getFirst()), original);
        AnalyzedToken whole = tokens.get(1);
        assertEquals(c[0], "Sở ".length(), whole.startOffset());
        assertEquals(c[0], "Sở ".length() + c[0].length(), whole.endOffset());
        List<String> expansion =
            tokens.stream().filter(ThiduaAnalyzersTestBase::isExpansion).map(AnalyzedToken::term).toList();
        // expanded in the index; the query keeps the one term, which the index has over the words
        assertEquals(c[0], a == exactIndex || a == foldedIndex ? originals(a, c[1]) : List.of(), expansion);
      }
      if (!c[1].startsWith("kế hoạch")) {
        assertFalse(c[0], terms(exactIndex, "Sở " + c[0]).containsAll(kehoach));
      }
    }
    // a document with the words and a query with the abbreviation meet (and the reverse), diacritics or not
    assertEquals(List.of("kh&cn"), terms(foldedQuery, "kh&cn"));
    assertTrue(terms(foldedIndex, "Sở Khoa học và Công nghệ tỉnh").containsAll(terms(foldedQuery, "kh&cn")));
    assertTrue(terms(foldedIndex, "So Khoa hoc va Cong nghe tinh").containsAll(terms(foldedQuery, "KH&CN")));
    assertTrue(terms(exactIndex, "Sở Khoa học và Công nghệ tỉnh").containsAll(terms(exactQuery, "KH&CN")));
    assertTrue(terms(exactIndex, "Sở KH&CN tỉnh").containsAll(terms(exactQuery, "khoa học và công nghệ")));
  }

  /** The expansion paths of a one-abbreviation graph, following positions (stop words leave holes). */
  private static List<List<String>> paths(List<AnalyzedToken> tokens) {
    int position = -1;
    int[] starts = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      position += tokens.get(i).positionIncrement();
      starts[i] = position;
    }
    AnalyzedToken original = tokens.getFirst();
    int end = starts[0] + original.positionLength();
    List<List<String>> paths = new ArrayList<>();
    walk(tokens, starts, starts[0], end, new ArrayList<>(), paths);
    return paths;
  }

  private static void walk(
      List<AnalyzedToken> tokens, int[] starts, int node, int end, List<String> prefix, List<List<String>> out) {
    if (node == end) {
      out.add(List.copyOf(prefix));
      return;
    }
    boolean any = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (starts[i] == node && isExpansion(tokens.get(i))) {
        any = true;
        prefix.add(tokens.get(i).term());
        walk(tokens, starts, node + tokens.get(i).positionLength(), end, prefix, out);
        prefix.removeLast();
      }
    }
    if (!any) {
      walk(tokens, starts, node + 1, end, prefix, out); // a hole left by a stop word
    }
  }

  private static boolean isExpansion(AnalyzedToken t) {
    return t.type().equals(AbbreviationExpansionFilter.TYPE);
  }

  private static boolean isContraction(AnalyzedToken t) {
    return t.type().equals(CONTRACTION);
  }

  public void testStopWordsGoMeaningfulWordsStay() throws IOException {
    String text = "Các đơn vị không thực hiện được nhiệm vụ của quý III";
    List<String> exactTerms = terms(exactQuery, text);
    assertFalse(exactTerms.toString(), exactTerms.contains("các") || exactTerms.contains("của")
        || exactTerms.contains("được"));
    assertTrue(exactTerms.toString(), exactTerms.contains("không") && exactTerms.contains("quý")
        && exactTerms.contains("iii"));
    // folded stop words would hit content words: "thì" goes, the "thi" of "thi đua" stays
    assertAnalyzesTo(foldedIndex, "thì thi đua", new String[] {"thi", "dua"}, new int[] {2, 1});
    assertEquals(List.of("thi", "dua"), terms(foldedQuery, "thi dua"));
  }

  public void testSingleTerms() throws IOException {
    checkOneTerm(exactQuery, "TỈNH", "tỉnh");
    checkOneTerm(foldedQuery, "TỈNH", "tinh");
    checkOneTerm(foldedQuery, "Điện", "dien");
    checkOneTerm(exactQuery, "34-CT/TW", "34-ct/tw");
    checkOneTerm(foldedQuery, "217/KH-LĐLĐ", "217/kh-ldld");
  }

  public void testSeedsAnalyseWithoutSurprises() throws IOException {
    for (String seed : SharedTestData.seeds()) {
      for (Analyzer a : new Analyzer[] {exactIndex, foldedIndex}) {
        List<AnalyzedToken> tokens = ThiduaAnalyzers.analyze(a, seed);
        assertTrue(tokens.size() > 500);
        int lastStart = 0;
        for (AnalyzedToken t : tokens) {
          assertFalse(t.toString(), t.term().isEmpty());
          assertEquals(t.toString(), t.term(), t.term().toLowerCase(Locale.ROOT));
          assertTrue(t.toString(), t.startOffset() >= lastStart && t.endOffset() <= seed.length());
          lastStart = t.startOffset();
        }
      }
      // the folded field has no diacritics left
      for (AnalyzedToken t : ThiduaAnalyzers.analyze(foldedIndex, seed)) {
        assertEquals(t.toString(), VietnameseFolding.fold(t.term()), t.term());
      }
    }
  }

  public void testRandomStrings() throws IOException {
    for (Analyzer a : new Analyzer[] {exactIndex, exactQuery, foldedIndex, foldedQuery}) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomVietnamese() throws IOException {
    String[] words = {"Công", "tác", "thi", "đua,", "khen", "thưởng", "TĐKT", "UBND", "và", "của", "TT", "Uỷ", "ban",
      "91/2017/NĐ-CP", "31/7/2017", "(TBXH)", "kiểm", "tra", "TU", "LĐLĐ", "hoà", "nhập", "KT-XH", "quý", "III.", "GD&ĐT", "(VH,TT&DL)",
      "LĐ-TB&XH,", "&"};
    for (int i = 0; i < 100; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + random().nextInt(20); k > 0; k--) {
        sb.append(words[random().nextInt(words.length)]).append(' ');
      }
      for (Analyzer a : new Analyzer[] {exactIndex, exactQuery, foldedIndex, foldedQuery}) {
        checkAnalysisConsistency(random(), a, random().nextBoolean(), sb.toString());
      }
    }
  }

  private static List<String> terms(Analyzer a, String text) {
    return ThiduaAnalyzers.analyze(a, text).stream().map(AnalyzedToken::term).toList();
  }
}
