package org.thidua.ingest.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.ingest.analytics.gaps.Gap;
import org.thidua.ingest.analytics.gaps.GapAnalysis;
import org.thidua.ingest.analytics.gaps.GapSummary;
import org.thidua.ingest.analytics.gaps.PlanGaps;
import org.thidua.ingest.analytics.gaps.PlanRef;
import org.thidua.ingest.analytics.legal.LegalRefAnalytics;
import org.thidua.ingest.analytics.legal.LegalRefRow;
import org.thidua.ingest.analytics.legal.OutdatedCitation;
import org.thidua.ingest.analytics.overlap.OverlapCluster;
import org.thidua.ingest.analytics.overlap.OverlapFinder;
import org.thidua.ingest.analytics.overlap.OverlapMember;
import org.thidua.ingest.analytics.overlap.OverlapResult;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.plan.Plan;

/** The analytics over the bundled samples, extracted and indexed for real (see samples/README.md). */
class SamplesAnalyticsTest {
  @TempDir static Path dir;
  static PlanIndex index;
  static Map<String, Plan> byNumber;

  @BeforeAll
  static void indexSamples() throws Exception {
    index = AnalyticsIndex.open(dir.resolve("index"));
    List<Plan> plans = AnalyticsIndex.build(index, AnalyticsIndex.samples());
    byNumber = plans.stream().collect(Collectors.toMap(Plan::docNumber, p -> p));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  static Plan plan(String docNumber) {
    assertThat(byNumber).containsKey(docNumber);
    return byNumber.get(docNumber);
  }

  // ---- legal references

  @Test
  void dashboardCountsCitingPlansAndKeepsUnknownDocuments() throws Exception {
    List<LegalRefRow> rows = new LegalRefAnalytics(index).documents(AnalyticsFilter.all());
    Map<String, LegalRefRow> byId = rows.stream().collect(Collectors.toMap(LegalRefRow::id, r -> r));
    long citing = byNumber.values().stream()
        .filter(p -> p.legalRefs().stream().anyMatch(r -> r.id().equals("91/2017/NĐ-CP"))).count();
    LegalRefRow decree = byId.get("91/2017/NĐ-CP");
    assertThat(decree.plans()).isEqualTo(citing).isGreaterThan(3);
    assertThat(decree.status()).isEqualTo("expired");
    assertThat(decree.replacedBy()).isEqualTo("98/2023/NĐ-CP");
    assertThat(decree.byYear().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(decree.plans());
    assertThat(decree.byProvince()).containsKey("Hà Giang");
    assertThat(byId.get("21/2020/TT-BGDĐT").status()).isEqualTo("unknown");

    List<LegalRefRow> yenBai = new LegalRefAnalytics(index).documents(new AnalyticsFilter(List.of("Yên Bái"), List.of(), List.of()));
    assertThat(yenBai).allSatisfy(r -> assertThat(r.byProvince().keySet()).containsOnly("Yên Bái"));
    assertThat(yenBai).extracting(LegalRefRow::id).contains("98/2023/NĐ-CP").doesNotContain("152/2025/NĐ-CP");
  }

  @Test
  void outdatedCitationsOfPlansCitingReplacedDocumentsOnly() throws Exception {
    List<OutdatedCitation> outdated = new LegalRefAnalytics(index).outdated(AnalyticsFilter.all());
    Map<String, List<OutdatedCitation>> byPlan = outdated.stream().collect(Collectors.groupingBy(OutdatedCitation::docNumber));
    // LĐLĐ Yên Bái, 2024, still cites the 2003 law and decree 91/2017
    assertThat(byPlan.get("09/KH-LĐLĐ"))
        .extracting(OutdatedCitation::refId, OutdatedCitation::replacedBy)
        .contains(
            org.assertj.core.groups.Tuple.tuple("91/2017/NĐ-CP", "98/2023/NĐ-CP"),
            org.assertj.core.groups.Tuple.tuple("15/2003/QH11", "06/2022/QH15"));
    // Sở Y tế Tuyên Quang, October 2025: 98/2023 was replaced by 152/2025 on 1 July 2025
    assertThat(byPlan.get("1204/KH-SYT")).extracting(OutdatedCitation::refId).contains("98/2023/NĐ-CP");
    assertThat(byPlan.get("1204/KH-SYT")).filteredOn(o -> o.refId().equals("98/2023/NĐ-CP"))
        .extracting(OutdatedCitation::replacedBy).containsExactly("152/2025/NĐ-CP");
    // plans citing what was in force on their dates
    assertThat(byPlan).doesNotContainKeys("15/KH-UBND", "112/KH-UBND", "245/KH-SNV");
    // Hà Giang, January 2023: 91/2017 was still in force then
    assertThat(byPlan.getOrDefault("12/KH-UBND", List.of())).extracting(OutdatedCitation::refId).doesNotContain("91/2017/NĐ-CP");
    assertThat(outdated).allSatisfy(o -> assertThat(o.replacedFrom().compareTo(o.date().substring(0, 10))).isLessThanOrEqualTo(0));
  }

  // ---- gaps

  @Test
  void parentAndChildrenAreLinkedBothWays() throws Exception {
    GapAnalysis gaps = new GapAnalysis(index);
    Plan province = plan("12/KH-UBND");
    assertThat(gaps.children(province)).extracting(Plan::docNumber)
        .containsExactlyInAnyOrder("25/KH-SGDĐT", "186/KH-SYT", "38/KH-UBND");
    assertThat(gaps.parent(plan("186/KH-SYT"))).map(Plan::id).contains(province.id());
    assertThat(gaps.parent(plan("1204/KH-SYT"))).map(Plan::docNumber).contains("58/KH-UBND");
    assertThat(gaps.parent(province)).isEmpty();
    // Tỉnh đoàn cites 09/KH-UBND, which is not indexed
    assertThat(gaps.parent(plan("85-KH/TĐTN-VP"))).isEmpty();
  }

  @Test
  void departmentPlanThatLeavesOutTasksGetsThemReported() throws Exception {
    GapAnalysis gaps = new GapAnalysis(index);
    PlanGaps health = gaps.gaps(plan("186/KH-SYT"));
    assertThat(health.parent()).extracting(PlanRef::docNumber).isEqualTo("12/KH-UBND");
    List<Gap> fromParent = health.missing().stream().filter(g -> g.kind().equals(Gap.PARENT)).toList();
    assertThat(fromParent).anySatisfy(g -> assertThat(g.text()).contains("giao ước thi đua").contains("đăng ký danh hiệu"));
    assertThat(fromParent).anySatisfy(g -> {
      assertThat(g.text()).startsWith("Tự kiểm tra");
      assertThat(g.expectedQuarter()).isEqualTo("III");
      assertThat(g.unit()).isNotBlank();
    });
    // the task the province gives Sở Y tế alone (Ngày Thầy thuốc Việt Nam) is taken up
    assertThat(fromParent).noneSatisfy(g -> assertThat(g.text()).contains("Thầy thuốc"));
    assertThat(health.missing()).anySatisfy(g -> {
      assertThat(g.kind()).isEqualTo(Gap.CHECKLIST);
      assertThat(g.item()).isEqualTo("initiative");
    });

    // the education department keeps every task addressed to it
    PlanGaps education = gaps.gaps(plan("25/KH-SGDĐT"));
    List<Gap> eduParent = education.missing().stream().filter(g -> g.kind().equals(Gap.PARENT)).toList();
    assertThat(eduParent).noneSatisfy(g -> assertThat(g.text()).contains("giao ước thi đua"));
    assertThat(eduParent).noneSatisfy(g -> assertThat(g.text()).startsWith("Tự kiểm tra"));
    assertThat(eduParent.size()).isLessThan(fromParent.size());
    // tasks addressed to another department only are not the education department's
    assertThat(eduParent).noneSatisfy(g -> assertThat(g.text()).contains("Thầy thuốc"));
  }

  @Test
  void deadlinesAreObligationsOfTheUnitsAddressed() throws Exception {
    PlanGaps health = new GapAnalysis(index).gaps(plan("186/KH-SYT"));
    assertThat(health.missing()).anySatisfy(g -> {
      assertThat(g.kind()).isEqualTo(Gap.DEADLINE);
      assertThat(g.deadline()).isEqualTo("2023-03-10");
      assertThat(g.unit()).isEqualTo("Các đơn vị trực thuộc");
      assertThat(g.expectedQuarter()).isEqualTo("I");
    });
  }

  @Test
  void checklistFlagsMissingAndMisplacedItems() throws Exception {
    GapAnalysis gaps = new GapAnalysis(index);
    // the province's own plan has every recurring item in its quarter
    assertThat(gaps.gaps(plan("12/KH-UBND")).missing()).noneMatch(g -> g.kind().equals(Gap.CHECKLIST) && g.misplaced() == null);
    // a plan for the last months only has no registration in quarter I: registration is misplaced (IV)
    PlanGaps late = gaps.gaps(plan("1204/KH-SYT"));
    assertThat(late.missing()).anySatisfy(g -> {
      assertThat(g.item()).isEqualTo("registration");
      assertThat(g.misplaced()).isTrue();
      assertThat(g.foundQuarter()).isEqualTo("IV");
    });
    GapSummary summary = gaps.summary(new AnalyticsFilter(List.of("Hà Giang"), List.of("2023"), List.of()));
    assertThat(summary.plans()).isEqualTo(4);
    assertThat(summary.byPlan()).filteredOn(l -> l.docNumber().equals("12/KH-UBND")).singleElement()
        .satisfies(l -> assertThat(l.children()).isEqualTo(3));
    assertThat(summary.totals().get(Gap.PARENT)).isPositive();
  }

  // ---- overlaps

  @Test
  void paraphrasesClusterAndUnrelatedTasksDoNot() throws Exception {
    OverlapFinder finder = new OverlapFinder(index);
    OverlapResult result = finder.find(OverlapFinder.TASKS_AND_OBLIGATIONS, finder.defaultMinSimilarity(), 0, 1000);
    assertThat(result.total()).isPositive();
    OverlapCluster guidance = result.clusters().stream()
        .filter(c -> c.members().stream().anyMatch(m -> m.text().contains("Hướng dẫn tổng kết công tác TĐKT năm 2023")))
        .findFirst().orElseThrow();
    assertThat(guidance.members()).extracting(OverlapMember::text)
        .anyMatch(t -> t.startsWith("Hướng dẫn tổng kết công tác thi đua, khen thưởng năm 2023"))
        .anyMatch(t -> t.startsWith("Hướng dẫn tổng kết công tác thi đua, khen thưởng năm 2024"));
    assertThat(guidance.plans()).isGreaterThan(2);
    for (OverlapCluster c : result.clusters()) {
      List<String> texts = c.members().stream().map(OverlapMember::text).toList();
      // a six-month review and a year-end guidance are different obligations
      boolean review = texts.stream().anyMatch(t -> t.contains("Sơ kết") || t.contains("sơ kết"));
      boolean guide = texts.stream().anyMatch(t -> t.contains("Hướng dẫn tổng kết"));
      assertThat(review && guide).as("cluster %s", texts).isFalse();
      assertThat(c.members().get(0).similarity()).isEqualTo(1.0);
    }
  }

  @Test
  void oneObligationGivenToDifferentLeadsWithinAPlanIsFlagged() throws Exception {
    OverlapFinder finder = new OverlapFinder(index);
    OverlapResult result = finder.find(OverlapFinder.TASKS_AND_OBLIGATIONS, finder.defaultMinSimilarity(), 0, 1000);
    List<OverlapCluster.DoubleAssignment> doubles =
        result.clusters().stream().flatMap(c -> c.doubleAssignments().stream()).toList();
    assertThat(doubles).anySatisfy(d -> {
      assertThat(d.docNumber()).isEqualTo("12/KH-UBND");
      assertThat(d.leads()).contains("Thanh tra tỉnh").anyMatch(l -> l.startsWith("Sở Nội vụ"));
    });
    assertThat(doubles).anySatisfy(d -> {
      assertThat(d.docNumber()).isEqualTo("1204/KH-SYT");
      assertThat(d.leads()).contains("Phòng Tổ chức cán bộ", "Văn phòng Sở");
    });
    // the same lead under two spellings ("Sở Nội vụ (Ban TĐKT)", "Sở Nội vụ (Ban Thi đua - Khen thưởng)") is one lead
    assertThat(doubles).noneSatisfy(d -> assertThat(d.leads()).allMatch(l -> l.startsWith("Sở Nội vụ")));
    assertThat(result.doubleAssignments()).isEqualTo((int) result.clusters().stream().filter(c -> !c.doubleAssignments().isEmpty()).count());
  }
}
