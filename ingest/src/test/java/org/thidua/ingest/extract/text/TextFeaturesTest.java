package org.thidua.ingest.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.extract.movement.MovementExtractor;
import org.thidua.ingest.extract.period.PeriodExtractor;
import org.thidua.ingest.extract.target.TargetExtractor;
import org.thidua.ingest.plan.Movement;
import org.thidua.ingest.plan.Period;
import org.thidua.ingest.plan.Target;

class TextFeaturesTest {

  @Test
  void datesFullPartialAndWorded() {
    assertThat(VietnameseDates.find("ngày 31/7/2017 của").date().iso()).isEqualTo("2017-07-31");
    assertThat(VietnameseDates.find("Lào Cai, ngày tháng 01 năm 2022").date().iso()).isEqualTo("2022-01");
    assertThat(VietnameseDates.find("ngày 26 tháng 11 năm 2003").date().iso()).isEqualTo("2003-11-26");
    assertThat(VietnameseDates.find("từ tháng 01/2022").date().iso()).isEqualTo("2022-01");
    assertThat(VietnameseDates.find("ngày 31/2/2022")).isNull();
    assertThat(VietnameseDates.find("giai đoạn 2021 - 2025")).isNull();
  }

  @Test
  void deadlinesNeedACue() {
    Deadlines d = new Deadlines(PlanTerms.load());
    assertThat(d.find("gửi về Sở Nội vụ trước ngày 10/02/2018 để tổng hợp")).isEqualTo("2018-02-10");
    assertThat(d.find("chậm nhất ngày 15 tháng 3 năm 2022")).isEqualTo("2022-03-15");
    assertThat(d.find("Kế hoạch số 05/KH-UBND ngày 29/01/2022")).isNull();
  }

  @Test
  void movementsAreQuotesAfterATriggerAndTheirLists() {
    var found = new MovementExtractor(PlanTerms.load()).extract(List.of(
        "các phong trào thi đua: “Cả tỉnh chung sức” giai đoạn 2021 - 2025; “Cải cách hành chính”, “Xây dựng đời sống"
            + " văn hóa”; Chỉ thị số 05-CT/TW của Bộ Chính trị về “Đẩy mạnh học tập”",
        "xét tặng Huy hiệu “Vì sự nghiệp xây dựng tỉnh” năm 2022",
        "Chủ đề: “Đoàn kết, đổi mới”",
        "gắn với cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”"));
    assertThat(found).extracting(Movement::name).containsExactly("Cả tỉnh chung sức", "Cải cách hành chính",
        "Xây dựng đời sống văn hóa", "Người Việt Nam ưu tiên dùng hàng Việt Nam");
  }

  @Test
  void periodsWithTheirSpans() {
    var found = new PeriodExtractor().extract(List.of(
        "a) Đợt thi đua thứ nhất (từ tháng 01/2022 đến 30/6/2022): thi đua lập thành tích",
        "Đợt 2: từ ngày 01/7/2022 đến hết ngày 31/12/2022"));
    assertThat(found).extracting(Period::name, Period::from, Period::to).containsExactly(
        tuple("Đợt thi đua thứ nhất", "2022-01", "2022-06-30"), tuple("Đợt 2", "2022-07-01", "2022-12-31"));
  }

  @Test
  void eachPercentageWithItsClause() {
    var found = new TargetExtractor().extract(List.of(
        "- 100% cán bộ đạt lao động tiên tiến, trong đó 15% đạt chiến sỹ thi đua cơ sở; 2,5% được tặng Bằng khen."));
    assertThat(found).extracting(Target::value, Target::text).containsExactly(
        tuple("100%", "100% cán bộ đạt lao động tiên tiến"), tuple("15%", "15% đạt chiến sỹ thi đua cơ sở"),
        tuple("2,5%", "2,5% được tặng Bằng khen"));
  }
}
