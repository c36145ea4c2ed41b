package org.thidua.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void normalisesToNfc() {
    String decomposed = "Tho\u0302\u0300ng ba\u0301o"; // combining marks, as some keyboards type them
    assertThat(TextCleaner.clean(decomposed)).isEqualTo("Thồng báo");
  }

  @Test
  void keepsTabsAndDropsControlAndInvisibleCharacters() {
    assertThat(TextCleaner.clean("\t1\tTổ\u0007 chức\u00AD hội\u200B nghị\uFEFF\u0085")).isEqualTo("\t1\tTổ chức hội nghị");
  }

  @Test
  void makesOddSpacesOrdinary() {
    assertThat(TextCleaner.clean("Quý\u00A0I\u202F2022")).isEqualTo("Quý I 2022");
    assertThat(TextCleaner.clean("\u00A0 \u00A0")).isEmpty();
    assertThat(TextCleaner.clean("\t\t")).isEqualTo("\t\t");
  }

  @Test
  void dropsPrivateUseSymbolsAndLoneSurrogates() {
    assertThat(TextCleaner.clean("\uF0B7 Nội dung \uD800")).isEqualTo(" Nội dung ");
    assertThat(TextCleaner.clean("😀")).isEqualTo("😀");
  }
}
