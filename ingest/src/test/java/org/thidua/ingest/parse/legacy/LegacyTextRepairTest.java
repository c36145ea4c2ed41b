package org.thidua.ingest.parse.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.parse.Seeds;

class LegacyTextRepairTest {

  private static final List<String> PLAN = List.of(
      "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
      "KẾ HOẠCH",
      "Công tác thi đua, khen thưởng năm 2018",
      "Thực hiện Luật Thi đua, Khen thưởng ngày 26/11/2003; Nghị định số 91/2017/NĐ-CP của Chính phủ.",
      "1. Tổ chức Hội nghị triển khai công tác thi đua, khen thưởng năm 2018.",
      "Quý I/2018",
      "Sở Nội vụ (Ban Thi đua – Khen thưởng) theo dõi, đôn đốc các cơ quan, đơn vị thực hiện.",
      "Báo cáo gửi về trước ngày 10/02/2018.");

  private final LegacyTextRepair repair = LegacyTextRepair.get();

  @Test
  void findsAndConvertsATcvn3Document() {
    List<String> legacy = PLAN.stream().map(LegacyEncoding.TCVN3::encode).toList();
    LegacyTextRepair.Decision decision = repair.decide(legacy);
    assertThat(decision.encoding()).contains(LegacyEncoding.TCVN3);
    assertThat(decision.wholeDocument()).isTrue();
    // capitals typed in the .VnTimeH style come back as capitals
    assertThat(legacy.stream().map(t -> repair.apply(decision, t)).toList()).isEqualTo(PLAN);
  }

  @Test
  void restoresTcvn3CapitalsWithTonesAtSentenceStarts() {
    String text = "Ủy ban nhân dân tỉnh. Ở các huyện; ủy ban xã! Ấn định 10.5 ở đây";
    String legacy = LegacyEncoding.TCVN3.encode(text);
    assertThat(legacy).startsWith("ñy ban"); // no capital code: the lower-case one, in a .VnTimeH font
    LegacyTextRepair.Decision decision = repair.decide(List.of(legacy));
    assertThat(repair.apply(decision, legacy)).isEqualTo(text);
  }

  @Test
  void findsAndConvertsAVniDocument() {
    List<String> legacy = PLAN.stream().map(LegacyEncoding.VNI::encode).toList();
    LegacyTextRepair.Decision decision = repair.decide(legacy);
    assertThat(decision.encoding()).contains(LegacyEncoding.VNI);
    assertThat(legacy.stream().map(t -> repair.apply(decision, t)).toList()).isEqualTo(PLAN);
  }

  @Test
  void convertsOnlyTheLegacyParagraphsOfAMixedDocument() {
    List<String> mixed = new ArrayList<>(PLAN);
    mixed.set(6, LegacyEncoding.TCVN3.encode(PLAN.get(6)));
    mixed.add("Tây Ninh, Cà Mau"); // proper text made of Latin-1 letters only
    LegacyTextRepair.Decision decision = repair.decide(mixed);
    assertThat(decision.encoding()).contains(LegacyEncoding.TCVN3);
    assertThat(decision.wholeDocument()).isFalse();
    List<String> repaired = mixed.stream().map(t -> repair.apply(decision, t)).toList();
    assertThat(repaired.subList(0, PLAN.size())).isEqualTo(PLAN);
    assertThat(repaired.getLast()).isEqualTo("Tây Ninh, Cà Mau");
  }

  @Test
  void convertsLegacyWordsInsideAParagraphEditedInUnicode() {
    String edited = "Số: 15/KH-UBND " + LegacyEncoding.TCVN3.encode("ngày 10 tháng 02 năm 2018 của Ủy ban");
    List<String> document = List.of(edited, LegacyEncoding.TCVN3.encode(PLAN.get(3)));
    LegacyTextRepair.Decision decision = repair.decide(document);
    assertThat(decision.encoding()).contains(LegacyEncoding.TCVN3);
    // "Ủy" has no TCVN3 capital: its lower-case code reads "ủy" (mid-sentence, nothing tells it was a capital)
    assertThat(repair.apply(decision, edited)).isEqualTo("Số: 15/KH-UBND ngày 10 tháng 02 năm 2018 của ủy ban");
  }

  @Test
  void leavesProperTextAlone() {
    List<String> proper = new ArrayList<>(PLAN);
    proper.addAll(List.of("Tây Ninh", "Cà Mau", "Bà Rịa", "Café Müller, straße", "Mã số: 100% – “Quý I”", "Bé", "Sóc"));
    LegacyTextRepair.Decision decision = repair.decide(proper);
    assertThat(decision.converts()).isFalse();
    for (String text : proper) {
      assertThat(repair.apply(decision, text)).isEqualTo(text);
      // not even a short Latin-1-only text on its own reads as legacy
      assertThat(repair.decide(List.of(text)).converts()).as(text).isFalse();
    }
  }

  @Test
  void leavesTheSeedsAlone() throws IOException {
    for (Path seed : Seeds.all()) {
      List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
      LegacyTextRepair.Decision decision = repair.decide(lines);
      assertThat(decision.converts()).as(seed.getFileName().toString()).isFalse();
      // and line by line, even under a decision forced to TCVN3 or VNI, no line of proper Unicode changes
      for (LegacyEncoding encoding : LegacyEncoding.values()) {
        LegacyTextRepair.Decision forced = new LegacyTextRepair.Decision(java.util.Optional.of(encoding), false);
        for (String line : lines) {
          assertThat(repair.apply(forced, line)).isEqualTo(line);
        }
      }
    }
  }
}
