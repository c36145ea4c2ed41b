package org.thidua.analysis.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // open oa/oe/uy: mark on the first vowel
    "hoà, hòa", "hòa, hòa", "Hoà Bình, Hòa Bình", "HOÀ, HÒA", "hoạ sĩ, họa sĩ", "toà án, tòa án",
    "khoẻ, khỏe", "khỏe, khỏe", "loé, lóe", "KHOẺ, KHỎE",
    "uỷ ban, ủy ban", "Uỷ ban, Ủy ban", "UỶ BAN, ỦY BAN", "thuý, thúy", "Thuỷ, Thủy", "luỹ kế, lũy kế",
    "tuỳ, tùy", "suy, suy",
    // closed syllables: mark on the second vowel
    "hoàng, hoàng", "hòang, hoàng", "hoạch, hoạch", "họach, hoạch", "huỳnh, huỳnh", "hùynh, huỳnh",
    "khoáng, khoáng", "Hòang Văn Thụ, Hoàng Văn Thụ",
    // qu: the u is part of the consonant
    "quý, quý", "qúy, quý", "quà, quà", "qùa, quà", "Quý, Quý", "quốc, quốc",
    // triphthongs and other nuclei are left alone
    "ngoài, ngoài", "khuya, khuya", "khuỷu, khuỷu", "ngoẹo, ngoẹo", "xoáy, xoáy", "thuyết, thuyết",
    "thuế, thuế", "hoặc, hoặc", "thuở, thuở", "giữa, giữa",
    // not Vietnamese syllables
    "boat, boat", "oà-oà, òa-òa"
  })
  void placesToneMarksCanonically(String in, String expected) {
    assertThat(VietnameseNormalizer.normalize(in)).isEqualTo(expected);
  }

  @Test
  void bothSpellingsMeetInAnyCase() {
    String[][] pairs = {{"hoà", "hòa"}, {"uỷ", "ủy"}, {"thuý", "thúy"}, {"khoẻ", "khỏe"}, {"Hoà", "Hòa"},
      {"UỶ", "ỦY"}, {"thuỵ", "thụy"}, {"xoã", "xõa"}};
    for (String[] p : pairs) {
      assertThat(VietnameseNormalizer.normalize(p[0])).isEqualTo(VietnameseNormalizer.normalize(p[1]));
    }
  }

  @Test
  void composesDecomposedText() {
    String decomposed = Normalizer.normalize("Kế hoạch công tác thi đua, khen thưởng năm 2022", Normalizer.Form.NFD);
    assertThat(decomposed).hasSizeGreaterThan(47);
    assertThat(VietnameseNormalizer.normalize(decomposed)).isEqualTo("Kế hoạch công tác thi đua, khen thưởng năm 2022");
    // decomposed and in the other tone style at once
    assertThat(VietnameseNormalizer.normalize("ho\u0061\u0300 thu\u0079\u0309")).isEqualTo("hòa thủy");
  }

  @Test
  void foldsLookAlikesOfDAndCleansSpaces() {
    assertThat(VietnameseNormalizer.normalize("\u00D0ảng \u00F0oàn")).isEqualTo("Đảng đoàn");
    assertThat(VietnameseNormalizer.normalize("\u0189i \u0256i")).isEqualTo("Đi đi");
    assertThat(VietnameseNormalizer.normalize("năm\u00A02022\u202Fvà\u2007x")).isEqualTo("năm 2022 và x");
    assertThat(VietnameseNormalizer.normalize("thi\u200B đua\u00AD khen\uFEFF thưởng\u2060\u200C\u200D"))
        .isEqualTo("thi đua khen thưởng");
  }

  @Test
  void straightensQuotes() {
    assertThat(VietnameseNormalizer.normalize("phong trào “Cả nước chung tay vì người nghèo” và ‘x’ „y‟"))
        .isEqualTo("phong trào \"Cả nước chung tay vì người nghèo\" và 'x' \"y\"");
  }

  @Test
  void asciiAndCleanTextComeBackUnchanged() {
    assertThat(VietnameseNormalizer.normalize("")).isEmpty();
    assertThat(VietnameseNormalizer.normalize("91/2017/NĐ-CP ngày 31/7/2017")).isEqualTo("91/2017/NĐ-CP ngày 31/7/2017");
    assertThat(VietnameseNormalizer.normalize("plain ascii 100%")).isEqualTo("plain ascii 100%");
    assertThat(VietnameseNormalizer.normalize("Русский 中文 😀")).isEqualTo("Русский 中文 😀");
  }

  @Test
  void isIdempotent() {
    Random r = new Random(42);
    String alphabet = "aoeuyqhkAOEUYQ àáảãạòóỏõọùúủũụỳýỷỹỵÀÒÙỲ\u0300\u0301\u0309\u0303\u0323\u00A0\u200B\u00D0đ“”";
    for (int k = 0; k < 20000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(12);
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String once = VietnameseNormalizer.normalize(sb);
      assertThat(VietnameseNormalizer.normalize(once)).as("input %s", sb).isEqualTo(once);
      assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
    }
  }

  /** Applies corrections the way Lucene's BaseCharFilter does. */
  private static int correct(List<int[]> corr, int outOff) {
    int diff = 0;
    for (int[] c : corr) {
      if (c[0] <= outOff) {
        diff = c[1];
      }
    }
    return outOff + diff;
  }

  @Test
  void reportsOffsetCorrectionsForRemovedAndComposedChars() {
    String in = "a\u200Bb  hoa\u0300\u00ADng xa\u0301y";
    List<int[]> corr = new ArrayList<>();
    String out = VietnameseNormalizer.normalize(in, (off, diff) -> corr.add(new int[] {off, diff}));
    assertThat(out).isEqualTo("ab  hoàng xáy");
    for (int k = 1; k < corr.size(); k++) {
      assertThat(corr.get(k)[0]).isGreaterThan(corr.get(k - 1)[0]);
    }
    // every word's start and end map back onto the same word in the input
    assertThat(correct(corr, out.indexOf("b"))).isEqualTo(in.indexOf("b"));
    assertThat(correct(corr, out.indexOf("hoàng"))).isEqualTo(in.indexOf("hoa"));
    assertThat(correct(corr, out.indexOf("hoàng") + 5)).isEqualTo(in.indexOf("ng") + 2);
    assertThat(correct(corr, out.indexOf("xáy"))).isEqualTo(in.indexOf("x"));
    assertThat(correct(corr, out.length())).isEqualTo(in.length());
  }

  @Test
  void offsetCorrectionsStayMonotonicOnRandomInput() {
    Random r = new Random(7);
    String alphabet = "ao u\u0300\u0301\u031B\u0302\u200B\u00AD\u0958中 ";
    for (int k = 0; k < 20000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(14);
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      List<int[]> corr = new ArrayList<>();
      String out = VietnameseNormalizer.normalize(sb, (off, diff) -> corr.add(new int[] {off, diff}));
      assertThat(out).isEqualTo(VietnameseNormalizer.normalize(sb));
      int prevIn = 0;
      for (int o = 0; o <= out.length(); o++) {
        int mapped = correct(corr, o);
        assertThat(mapped).as("input %s offset %d", sb, o).isBetween(prevIn, sb.length());
        prevIn = mapped;
      }
      assertThat(correct(corr, out.length())).isEqualTo(sb.length());
    }
  }

  @Test
  void mapCharIsTheSingleCharacterPart() {
    assertThat(VietnameseNormalizer.mapChar('\u00D0')).isEqualTo('Đ');
    assertThat(VietnameseNormalizer.mapChar('\u00A0')).isEqualTo(' ');
    assertThat(VietnameseNormalizer.mapChar('\u200B')).isEqualTo('\uFFFF');
    assertThat(VietnameseNormalizer.mapChar('ư')).isEqualTo('ư');
  }
}
