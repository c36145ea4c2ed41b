package org.thidua.ingest.extract.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.dictionary.Abbreviations;
import org.thidua.dictionary.UnitNames;
import org.thidua.ingest.plan.ResponsibleUnit;

class UnitCanonicalizerTest {

  private final UnitCanonicalizer units = new UnitCanonicalizer(UnitNames.load(), Abbreviations.bundled()::expand);

  @Test
  void aBoardAndItsDepartmentAreOneBody() {
    assertThat(units.canonical("Ban TĐKT, Sở Nội vụ.")).isEqualTo("Sở Nội vụ");
    assertThat(units.canonical("Sở Nội vụ (Ban TĐKT tỉnh)")).isEqualTo("Sở Nội vụ");
    assertThat(units.canonical("Sở Nội vụ (qua Ban TĐKT)")).isEqualTo("Sở Nội vụ");
    assertThat(units.canonical("Ban Thi đua - Khen thưởng tỉnh")).isEqualTo("Sở Nội vụ");
    // the central board stands on its own
    assertThat(units.canonical("Ban TĐKT Trung ương")).isEqualTo("Ban Thi đua - Khen thưởng Trung ương");
  }

  @Test
  void abbreviationsAndSpellingsMeet() {
    assertThat(units.canonical("HĐ TĐKT tỉnh")).isEqualTo("Hội đồng Thi đua - Khen thưởng tỉnh");
    assertThat(units.canonical("HĐTĐKT tỉnh")).isEqualTo("Hội đồng Thi đua - Khen thưởng tỉnh");
    assertThat(units.canonical("Hội đồng Thi đua, khen thưởng tỉnh")).isEqualTo("Hội đồng Thi đua - Khen thưởng tỉnh");
    assertThat(units.canonical("VP UBND tỉnh")).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh");
    assertThat(units.canonical("Uỷ ban nhân dân tỉnh")).isEqualTo("Ủy ban nhân dân tỉnh");
    assertThat(units.canonical("Phòng LĐ-TBXH các huyện")).isEqualTo("Phòng Lao động - Thương binh và Xã hội các huyện");
    assertThat(units.canonical("các cơ quan, đơn vị")).isEqualTo("Các cơ quan, đơn vị");
  }

  @Test
  void cellsSplitOnLinesBulletsSemicolonsAndCommasBetweenBodies() {
    List<ResponsibleUnit> parsed = units.parse(List.of(
        "- UBND tỉnh.", "- Sở Kế hoạch và Đầu tư,  Ban TĐKT, Sở Nội vụ.", "Văn phòng Sở; Thanh tra Sở",
        "Các cơ quan, đơn vị, địa phương"));
    assertThat(parsed).extracting(ResponsibleUnit::name).containsExactly("UBND tỉnh", "Sở Kế hoạch và Đầu tư",
        "Ban TĐKT, Sở Nội vụ", "Văn phòng Sở", "Thanh tra Sở", "Các cơ quan, đơn vị, địa phương");
    assertThat(parsed).extracting(ResponsibleUnit::canonical).containsExactly("Ủy ban nhân dân tỉnh",
        "Sở Kế hoạch và Đầu tư", "Sở Nội vụ", "Văn phòng Sở", "Thanh tra Sở", "Các cơ quan, đơn vị, địa phương");
  }
}
