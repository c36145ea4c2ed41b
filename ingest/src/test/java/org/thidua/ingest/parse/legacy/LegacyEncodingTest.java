package org.thidua.ingest.parse.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyEncodingTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** Every Vietnamese vowel with every tone, and đ: 12 × 6 + 1 letters. */
  static String lowerAlphabet() {
    StringBuilder s = new StringBuilder();
    for (char base : "aăâeêioôơuưy".toCharArray()) {
      for (String tone : new String[] {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}) {
        s.append(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
      }
    }
    return s.append('đ').toString();
  }

  // Strings as they show when a TCVN3 document is opened without its .VnTime font, and what they mean.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "C«ng t¸c thi ®ua|Công tác thi đua",
    "Céng hoµ x· héi chñ nghÜa ViÖt Nam|Cộng hoà xã hội chủ nghĩa Việt Nam",
    "§éc lËp - Tù do - H¹nh phóc|Độc lập - Tự do - Hạnh phúc",
    "Uû ban nh©n d©n tØnh|Uỷ ban nhân dân tỉnh",
    "Th«ng t­ sè 12/2019/TT-BNV|Thông tư số 12/2019/TT-BNV",
    "tr­íc ngµy 10/02/2018|trước ngày 10/02/2018",
    "Së Néi vô h­íng dÉn|Sở Nội vụ hướng dẫn",
    "kû niÖm, s¾p xÕp, ®Æc biÖt, häc tËp|kỷ niệm, sắp xếp, đặc biệt, học tập",
  })
  void decodesTcvn3(String legacy, String unicode) {
    assertThat(LegacyEncoding.TCVN3.decode(legacy)).isEqualTo(unicode);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Coâng taùc thi ñua|Công tác thi đua",
    "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam|Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Ñoäc laäp - Töï do - Haïnh phuùc|Độc lập - Tự do - Hạnh phúc",
    "Quyeát ñònh khen thöôûng|Quyết định khen thưởng",
    "KEÁ HOAÏCH COÂNG TAÙC THI ÑUA|KẾ HOẠCH CÔNG TÁC THI ĐUA",
    "naêm, baét ñaàu, khaúng ñònh, saün saøng, ñaëc bieät|năm, bắt đầu, khẳng định, sẵn sàng, đặc biệt",
  })
  void decodesVni(String legacy, String unicode) {
    assertThat(LegacyEncoding.VNI.decode(legacy)).isEqualTo(unicode);
  }

  @Test
  void tcvn3RoundTripsTheWholeAlphabet() {
    String lower = lowerAlphabet();
    // TCVN3 has codes for all lower-case letters and for the capitals without tone marks
    String text = lower + " ĂÂÊÔƠƯĐ " + "Công tác thi đua";
    String encoded = LegacyEncoding.TCVN3.encode(text);
    assertThat(encoded.getBytes(CP1252)).hasSize(encoded.length()); // one byte per letter
    assertThat(new String(encoded.getBytes(CP1252), CP1252)).isEqualTo(encoded);
    assertThat(LegacyEncoding.TCVN3.decode(encoded)).isEqualTo(text);
    // every letter has its own code
    assertThat(encoded.substring(0, lower.length()).chars().distinct().count()).isEqualTo(lower.length());
  }

  @Test
  void tcvn3WritesCapitalsWithTonesInLowerCaseCodes() {
    assertThat(LegacyEncoding.TCVN3.encode("KẾ HOẠCH")).isEqualTo("KÕ HO¹CH");
    String upper = lowerAlphabet().toUpperCase(Locale.ROOT);
    assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode(upper)).toUpperCase(Locale.ROOT))
        .isEqualTo(upper);
  }

  @Test
  void vniRoundTripsTheWholeAlphabetInBothCases() {
    String text = lowerAlphabet() + " " + lowerAlphabet().toUpperCase(Locale.ROOT) + " Công tác thi đua";
    String encoded = LegacyEncoding.VNI.encode(text);
    assertThat(new String(encoded.getBytes(CP1252), CP1252)).isEqualTo(encoded);
    assertThat(LegacyEncoding.VNI.decode(encoded)).isEqualTo(text);
  }

  @Test
  void vniAcceptsAMarkInTheOtherCase() {
    assertThat(LegacyEncoding.VNI.decode("Aù")).isEqualTo("Á");
    assertThat(LegacyEncoding.VNI.decode("aÙ")).isEqualTo("á");
  }

  @Test
  void asciiIsTheSameInEveryEncoding() {
    String ascii = "So: 217/KH-UBND, ngay 10/02/2018 (Quy I)\t100%";
    assertThat(LegacyEncoding.TCVN3.decode(ascii)).isEqualTo(ascii);
    assertThat(LegacyEncoding.VNI.decode(ascii)).isEqualTo(ascii);
    assertThat(LegacyEncoding.TCVN3.encode(ascii)).isEqualTo(ascii);
    assertThat(LegacyEncoding.VNI.encode(ascii)).isEqualTo(ascii);
  }
}
