package org.thidua.analysis.normalize;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.thidua.analysis.SharedTestData;

public class TestVietnameseNormalizationCharFilter extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new MockTokenizer(MockTokenizer.WHITESPACE, false));
          }

          @Override
          protected Reader initReader(String fieldName, Reader reader) {
            return new VietnameseNormalizationCharFilter(reader);
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void testOldToneStyleBecomesModern() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "Uỷ ban nhân dân tỉnh Hoà Bình khoẻ",
        new String[] {"Ủy", "ban", "nhân", "dân", "tỉnh", "Hòa", "Bình", "khỏe"},
        new int[] {0, 3, 7, 12, 16, 21, 25, 30},
        new int[] {2, 6, 11, 15, 20, 24, 29, 34});
  }

  public void testDecomposedLettersMapBackToTheirWholeSequence() throws IOException {
    // "Kế" decomposed: K e U+0302 U+0301 (4 chars) becomes one precomposed ế (2 chars)
    String input = Normalizer.normalize("Kế hoạch", Normalizer.Form.NFD);
    assertEquals(11, input.length());
    assertAnalyzesTo(analyzer, input, new String[] {"Kế", "hoạch"}, new int[] {0, 5}, new int[] {4, 11});
  }

  public void testZeroWidthAndSoftHyphenAreDroppedWithOffsetsKept() throws IOException {
    // input offsets: t0 h1 i2 ZW3 đ4 u5 a6 _7 k8 h9 e10 n11 SHY12 t13 h14 ư15 ở16 n17 g18
    assertAnalyzesTo(
        analyzer,
        "thi\u200Bđua khen\u00ADthưởng",
        new String[] {"thiđua", "khenthưởng"},
        new int[] {0, 8},
        new int[] {7, 19});
    // a zero-width no-break space (BOM) at the very start
    assertAnalyzesTo(analyzer, "\uFEFFKế hoạch", new String[] {"Kế", "hoạch"}, new int[] {1, 4}, new int[] {3, 9});
  }

  public void testNoBreakSpaceSeparatesAndLookAlikesFold() throws IOException {
    assertAnalyzesTo(
        analyzer,
        "91/2017/N\u00D0-CP\u00A0ngày\u202F31/7/2017",
        new String[] {"91/2017/NĐ-CP", "ngày", "31/7/2017"},
        new int[] {0, 14, 19},
        new int[] {13, 18, 28});
  }

  public void testCurlyQuotes() throws IOException {
    assertAnalyzesTo(analyzer, "“Cải cách hành chính”", new String[] {"\"Cải", "cách", "hành", "chính\""});
  }

  public void testOutputEqualsNormalizerOnWholeText() throws IOException {
    Random r = random();
    for (int iter = 0; iter < 50; iter++) {
      String text = randomVietnamese(r, 1 + r.nextInt(3000));
      assertEquals(VietnameseNormalizer.normalize(text), readAll(new VietnameseNormalizationCharFilter(new StringReader(text))));
    }
  }

  public void testLongRunWithoutWhitespaceIsCutByForce() throws IOException {
    String word = Normalizer.normalize("hoà\u200B.thuỷ", Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < VietnameseNormalizationCharFilter.MAX_CHUNK * 2 + 17) {
      sb.append(word).append('.');
    }
    String text = sb.toString();
    // cut before punctuation: the same as normalising the whole text
    assertEquals(VietnameseNormalizer.normalize(text), readAll(new VietnameseNormalizationCharFilter(new StringReader(text))));
    assertOffsetsMapBack(text);

    // no punctuation at all: cut before a letter; nothing is lost or duplicated
    String letters = "a".repeat(VietnameseNormalizationCharFilter.MAX_CHUNK * 2 + 5);
    assertEquals(letters, readAll(new VietnameseNormalizationCharFilter(new StringReader(letters))));
  }

  /** Every token's offsets cover original text that normalises to the token. */
  public void testOffsetsPointAtTheOriginalText() throws IOException {
    Random r = random();
    for (int iter = 0; iter < 100; iter++) {
      String text = randomVietnamese(r, 1 + r.nextInt(500));
      assertOffsetsMapBack(text);
    }
  }

  public void testSeedsInEveryBadSpelling() throws IOException {
    for (String seed : SharedTestData.seeds()) {
      String nfc = VietnameseNormalizer.normalize(seed);
      String mangled = mangle(Normalizer.normalize(seed, Normalizer.Form.NFD), random());
      assertEquals(nfc, readAll(new VietnameseNormalizationCharFilter(new StringReader(mangled))));
      assertOffsetsMapBack(mangled);
    }
  }

  public void testFactoryBySpiName() throws IOException {
    CharFilterFactory factory = CharFilterFactory.forName("vietnameseNormalization", new HashMap<>());
    assertEquals("Ủy ban", readAll(factory.create(new StringReader("Uỷ\u00A0ban"))));
    assertEquals("hòa", readAll(factory.normalize(new StringReader("hoà"))));
    HashMap<String, String> bogus = new HashMap<>();
    bogus.put("x", "y");
    expectThrows(IllegalArgumentException.class, () -> CharFilterFactory.forName("vietnameseNormalization", bogus));
  }

  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 500 * RANDOM_MULTIPLIER);
  }

  public void testRandomHugeStrings() throws IOException {
    checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 8192);
  }

  private void assertOffsetsMapBack(String text) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int lastStart = 0;
      while (ts.incrementToken()) {
        String original = text.substring(offsets.startOffset(), offsets.endOffset());
        assertEquals("token " + term + " at " + offsets.startOffset(), term.toString(), VietnameseNormalizer.normalize(original).strip());
        assertTrue(offsets.startOffset() >= lastStart);
        lastStart = offsets.startOffset();
      }
      ts.end();
      assertEquals(text.length(), offsets.endOffset());
    }
  }

  private static final String[] WORDS = {
    "Công", "tác", "thi", "đua,", "khen", "thưởng", "năm", "2022", "hoà", "hòa", "nhập", "Uỷ", "ban", "khoẻ",
    "thuý", "quý", "hoạch", "91/2017/NĐ-CP", "“Cải", "cách”", "TĐKT", "100%", "\u00D0ảng", "LĐLĐ", "ngoài", "x"
  };

  /** Words in modern and old spelling, NFC or decomposed, with zero-width chars and odd spaces between. */
  private static String randomVietnamese(Random r, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      String w = WORDS[r.nextInt(WORDS.length)];
      if (r.nextBoolean()) {
        w = Normalizer.normalize(w, Normalizer.Form.NFD);
      }
      sb.append(mangle(w, r));
      sb.append(
          switch (r.nextInt(8)) {
            case 0 -> "\u00A0";
            case 1 -> "\n";
            case 2 -> " \u200B";
            case 3 -> "  ";
            default -> " ";
          });
    }
    return sb.toString();
  }

  /** Inserts zero-width characters and soft hyphens between letters now and then. */
  private static String mangle(String s, Random r) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c);
      if (Character.isLetter(c) && r.nextInt(40) == 0) {
        sb.append(r.nextBoolean() ? '\u200B' : '\u00AD');
      }
    }
    return sb.toString();
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[37]; // odd size: reads end in the middle of chunks
    int n;
    while ((n = reader.read(buf, 0, buf.length)) != -1) {
      sb.append(buf, 0, n);
    }
    reader.close();
    return sb.toString();
  }
}
