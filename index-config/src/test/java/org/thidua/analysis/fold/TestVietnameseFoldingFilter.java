package org.thidua.analysis.fold;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class TestVietnameseFoldingFilter extends BaseTokenStreamTestCase {

  private static Analyzer folding(boolean preserveOriginal) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(tokenizer, preserveOriginal));
      }
    };
  }

  public void testSeedPhrase() throws IOException {
    try (Analyzer a = folding(false)) {
      assertAnalyzesTo(
          a,
          "Công tác thi đua, khen thưởng năm 2022",
          new String[] {"Cong", "tac", "thi", "dua,", "khen", "thuong", "nam", "2022"});
    }
  }

  public void testEveryToneAndVowelMark() throws IOException {
    try (Analyzer a = folding(false)) {
      // the five tones on every vowel, plus the vowel marks ă â ê ô ơ ư and đ
      assertAnalyzesTo(
          a,
          "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ ăâêôơư đĐ",
          new String[] {
            "aaaaa", "aaaaa", "aaaaa", "eeeee", "eeeee", "iiiii", "ooooo", "ooooo", "ooooo", "uuuuu", "uuuuu",
            "yyyyy", "aaeoou", "dD"
          });
      assertAnalyzesTo(
          a, "ÀÁẢÃẠ ẰẮẲẴẶ ẦẤẨẪẬ ỜỚỞỠỢ ỪỨỬỮỰ ỲÝỶỸỴ ĂÂÊÔƠƯ", new String[] {"AAAAA", "AAAAA", "AAAAA", "OOOOO", "UUUUU",
            "YYYYY", "AAEOOU"});
    }
  }

  public void testDecomposedInputAndLookAlikes() throws IOException {
    try (Analyzer a = folding(false)) {
      String decomposed = Normalizer.normalize("Nghị định số 91/2017/NĐ-CP", Normalizer.Form.NFD);
      assertAnalyzesTo(a, decomposed, new String[] {"Nghi", "dinh", "so", "91/2017/ND-CP"});
      // Ð (U+00D0, eth) is often typed for Đ in scanned or converted plans
      assertAnalyzesTo(a, "\u00D0ảng", new String[] {"Dang"});
    }
  }

  public void testJoinedWordsAndSymbolsKeepTheirShape() throws IOException {
    try (Analyzer a = folding(false)) {
      assertAnalyzesTo(a, "kiểm_tra 05/KH-UBND 100% thi_đua", new String[] {"kiem_tra", "05/KH-UBND", "100%",
        "thi_dua"});
    }
  }

  public void testPreserveOriginal() throws IOException {
    try (Analyzer a = folding(true)) {
      assertAnalyzesTo(
          a,
          "kiểm tra TĐKT 2022",
          new String[] {"kiểm", "kiem", "tra", "TĐKT", "TDKT", "2022"},
          new int[] {0, 0, 5, 9, 9, 14},
          new int[] {4, 4, 8, 13, 13, 18},
          new int[] {1, 0, 1, 1, 0, 1});
    }
  }

  public void testUnchangedTokensAreUntouched() throws IOException {
    try (Analyzer a = folding(true)) {
      assertAnalyzesTo(a, "thi khen ABC 31/7/2017", new String[] {"thi", "khen", "ABC", "31/7/2017"});
    }
  }

  public void testFoldStringMatchesFilter() {
    assertEquals("Hoi dong Thi dua - Khen thuong", VietnameseFolding.fold("Hội đồng Thi đua - Khen thưởng"));
    String plain = "khen thuong";
    assertSame(plain, VietnameseFolding.fold(plain));
  }

  public void testEmptyTerm() throws IOException {
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(tokenizer, random().nextBoolean()));
          }
        };
    checkOneTerm(a, "", "");
    a.close();
  }

  public void testFactoryBySpiName() throws IOException {
    Map<String, String> args = new HashMap<>();
    args.put("preserveOriginal", "true");
    TokenFilterFactory factory = TokenFilterFactory.forName("vietnameseFolding", args);
    assertTrue(factory instanceof VietnameseFoldingFilterFactory);
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new java.io.StringReader("hòa nhập"));
    assertTokenStreamContents(factory.create(tokenizer), new String[] {"hòa", "hoa", "nhập", "nhap"});

    Map<String, String> bogus = new HashMap<>();
    bogus.put("bogus", "1");
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> TokenFilterFactory.forName("vietnameseFolding", bogus));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }

  public void testRandomStrings() throws IOException {
    for (boolean preserve : new boolean[] {false, true}) {
      try (Analyzer a = folding(preserve)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }
}
