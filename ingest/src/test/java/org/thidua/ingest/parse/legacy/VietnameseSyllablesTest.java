package org.thidua.ingest.parse.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {

  private final VietnameseSyllables syllables = VietnameseSyllables.get();

  @ParameterizedTest
  @ValueSource(strings = {
    "công", "tác", "thi", "đua", "khen", "thưởng", "người", "nghị", "định", "quyết", "quý", "giếng", "gì",
    "khuyến", "thuở", "ngoằn", "xoong", "uỷ", "ủy", "yêu", "ước", "Kế", "HOẠCH", "Nội", "vụ", "giữa",
    "khuya", "luật", "tuyên", "hoà", "hòa", "khoẻ", "huệ", "những", "chỉ", "tiêu", "được", "thực", "hiện",
    "quỳnh", "quýt"
  })
  void acceptsVietnamese(String word) {
    assertThat(syllables.isSyllable(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "C«ng", "t¸c", "®ua", "Coâng", "taùc", "ñua", "Ã¡", // legacy and mojibake readings
    "tèt", "bàc", // stop-final rhymes take only the acute or dot-below tone
    "kan", "ge", "ci", "nghe\u0301\u0301", // spelling rules; two tones
    "bỡnh", "Müller", "café", "straße", ""
  })
  void rejectsWhatIsNotAVietnameseSyllable(String word) {
    assertThat(syllables.isSyllable(word)).isFalse();
  }
}
