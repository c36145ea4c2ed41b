package org.thidua.ingest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.index.PlanIngester;
import org.thidua.ingest.index.TestAnalyzers;
import org.thidua.ingest.index.TestPlans;
import org.thidua.schema.FacetDimension;

class TaskSearchTest {
  @TempDir static Path tmp;
  static PlanIndex index;
  static TaskSearch tasks;
  static PlanSearch plans;

  @BeforeAll
  static void ingest() throws IOException {
    index = PlanIndex.open(tmp.resolve("index"), TestAnalyzers.create());
    PlanIngester ingester = new PlanIngester(index, TestPlans.jsonExtractor());
    for (TestPlans.Fixture f : TestPlans.all()) {
      ingester.ingest(f.fileName(), f.bytes(), "upload:" + f.fileName());
    }
    index.commit();
    tasks = new TaskSearch(index);
    plans = new PlanSearch(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> texts(TaskResults results) {
    return results.hits().stream().map(TaskHit::text).toList();
  }

  private static Map<String, Long> counts(TaskResults results, String dim) {
    return results.facets().get(dim).stream()
        .collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void matchesWithoutDiacritics() throws IOException {
    TaskResults withMarks = tasks.search(SearchRequest.of("kiểm tra"));
    TaskResults without = tasks.search(SearchRequest.of("kiem tra"));
    assertThat(without.total()).isEqualTo(3);
    assertThat(texts(without)).allMatch(t -> t.startsWith("Kiểm tra"));
    assertThat(texts(without)).containsExactlyInAnyOrderElementsOf(texts(withMarks));
  }

  @Test
  void exactDiacriticsRankFirst() throws IOException {
    // folded, "báo cáo" (report) is also "bảo … nâng cao" (ensure … raise): both match, the exact words rank first
    assertThat(texts(tasks.search(SearchRequest.of("báo cáo"))))
        .containsExactly(
            "Sơ kết, báo cáo công tác thi đua 6 tháng đầu năm 2024",
            "Bảo đảm nâng cao chất lượng phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến");
    // typed without diacritics, both are equally good
    assertThat(tasks.search(SearchRequest.of("bao cao")).total()).isEqualTo(2);
  }

  @Test
  void abbreviationsFindTheirExpansionAndTheReverse() throws IOException {
    assertThat(texts(tasks.search(SearchRequest.of("TĐKT năm 2022"))))
        .contains("Hướng dẫn tổng kết công tác TĐKT năm 2022", "Xây dựng Kế hoạch công tác thi đua, khen thưởng năm 2022");
    assertThat(texts(tasks.search(SearchRequest.of("tổng kết thi đua khen thưởng"))))
        .contains("Hướng dẫn tổng kết công tác TĐKT năm 2022");
    assertThat(texts(tasks.search(SearchRequest.of("tong ket thi dua khen thuong"))))
        .contains("Hướng dẫn tổng kết công tác TĐKT năm 2022");
  }

  @Test
  void everyWordMustMatchAndQuotedPhrasesKeepTheirOrder() throws IOException {
    assertThat(texts(tasks.search(SearchRequest.of("kiểm tra công tác"))))
        .containsExactlyInAnyOrder(
            "Kiểm tra công tác thi đua, khen thưởng tại các đơn vị trực thuộc",
            "Kiểm tra công tác thi đua, khen thưởng tại một số sở, ngành");
    assertThat(tasks.search(SearchRequest.of("\"công tác kiểm tra\"")).total()).isZero();
    assertThat(texts(tasks.search(SearchRequest.of("“tong ket cong tac”"))))
        .containsExactlyInAnyOrder(
            "Hướng dẫn tổng kết công tác TĐKT năm 2022",
            "Tổng kết công tác thi đua, khen thưởng năm 2023; khen thưởng đột xuất & chuyên đề <theo đề nghị>");
  }

  @Test
  void phraseMatchesOutrankScatteredWords() throws IOException {
    // five tasks have "thi đua" and "năm"; two have them as a phrase, and they come first
    List<String> found = texts(tasks.search(SearchRequest.of("thi đua năm")));
    assertThat(found).hasSizeGreaterThanOrEqualTo(5);
    assertThat(found.subList(0, 2)).allMatch(t -> t.contains("thi đua năm"));
    assertThat(found.subList(2, found.size())).noneMatch(t -> t.contains("thi đua năm"));
  }

  @Test
  void filtersNarrowAndDrillSidewaysKeepsAlternatives() throws IOException {
    TaskResults results = tasks.search(SearchRequest.of("kiem tra").withFilter(FacetDimension.PROVINCE, "Lào Cai"));
    assertThat(results.total()).isEqualTo(1);
    assertThat(results.hits().get(0).province()).isEqualTo("Lào Cai");
    // the chosen dimension still counts the other provinces
    assertThat(counts(results, "province")).containsExactlyInAnyOrderEntriesOf(Map.of("Lào Cai", 1L, "Lạng Sơn", 1L, "Hà Tĩnh", 1L));
    // other dimensions count within the filter
    assertThat(counts(results, "year")).containsExactlyInAnyOrderEntriesOf(Map.of("2022", 1L));
    assertThat(counts(results, "unit")).containsOnlyKeys("Thanh tra Sở", "Văn phòng Sở Lao động - Thương binh và Xã hội");
  }

  @Test
  void valuesOfOneDimensionAreAlternatives() throws IOException {
    TaskResults results =
        tasks.search(SearchRequest.of("").withFilter(FacetDimension.QUARTER, "I", "II").withFilter(FacetDimension.YEAR, "2022", "2024"));
    assertThat(results.hits()).allMatch(h -> List.of("I", "II").contains(h.quarter()) && List.of(2022, 2024).contains(h.year()));
    assertThat(results.total()).isEqualTo(3 + 2);
    assertThat(counts(results, "quarter")).containsEntry("III", 3L).containsEntry("year-round", 1L);
  }

  @Test
  void filtersByCitedDocumentAndUnit() throws IOException {
    assertThat(tasks.search(SearchRequest.of("").withFilter(FacetDimension.LEGAL_REF, "98/2023/NĐ-CP")).total()).isEqualTo(4);
    TaskResults byUnit = tasks.search(SearchRequest.of("").withFilter(FacetDimension.UNIT, "Thanh tra Sở"));
    assertThat(texts(byUnit)).containsExactlyInAnyOrder(
        "Kiểm tra công tác thi đua, khen thưởng tại các đơn vị trực thuộc",
        "Kiểm tra việc thực hiện Luật Thi đua, Khen thưởng tại các huyện, thành phố");
    assertThat(counts(tasks.search(SearchRequest.of("")), "legalRef")).containsEntry("91/2017/NĐ-CP", 13L);
  }

  @Test
  void facetCountsAreExactForSmallResultsAndSampledAboveTheThreshold() throws IOException {
    TaskResults all = tasks.search(SearchRequest.of(""));
    assertThat(all.facetsApproximate()).isFalse();
    assertThat(tasks.search(SearchRequest.of("kiem tra").withFilter(FacetDimension.PROVINCE, "Lào Cai")).facetsApproximate())
        .isFalse();
    assertThat(BlockFacetCounts.every(BlockFacetCounts.EXACT_UP_TO)).isEqualTo(1);
    assertThat(BlockFacetCounts.every(BlockFacetCounts.EXACT_UP_TO + 1)).isGreaterThan(1);

    List<FacetDimension> dims = List.of(FacetDimension.PROVINCE, FacetDimension.QUARTER);
    org.apache.lucene.search.IndexSearcher searcher = index.acquire();
    try {
      org.apache.lucene.search.Query tasksOnly = KindFilter.of(org.thidua.schema.DocKind.TASK);
      BlockFacetCounts.Counted exact = BlockFacetCounts.count(searcher, tasksOnly, dims, 1);
      assertThat(exact.sampled()).isFalse();
      assertThat(exact.total()).isEqualTo(all.total());
      assertThat(exact.counts().get(FacetDimension.PROVINCE)).isEqualTo(counts(all, "province"));
      assertThat(exact.counts().get(FacetDimension.QUARTER)).isEqualTo(counts(all, "quarter"));
      long provinces = exact.counts().get(FacetDimension.PROVINCE).values().stream().mapToLong(Long::longValue).sum();
      assertThat(provinces).isEqualTo(all.total());

      // one hit in two read: the total stays exact, counts are scaled to it, none above it, no value not there
      BlockFacetCounts.Counted sampled = BlockFacetCounts.count(searcher, tasksOnly, dims, 2);
      assertThat(sampled.sampled()).isTrue();
      assertThat(sampled.total()).isEqualTo(all.total());
      assertThat(sampled).isEqualTo(BlockFacetCounts.count(searcher, tasksOnly, dims, 2)); // seeded: the same again
      for (FacetDimension dim : dims) {
        assertThat(exact.counts().get(dim)).containsKeys(sampled.counts().get(dim).keySet().toArray(String[]::new));
        assertThat(sampled.counts().get(dim).values()).allMatch(c -> c > 0 && c <= all.total());
      }
      long sampledProvinces = sampled.counts().get(FacetDimension.PROVINCE).values().stream().mapToLong(Long::longValue).sum();
      assertThat(sampledProvinces).isBetween(all.total() - 3, all.total() + 3); // rounding of each value
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void rangeSamplesTogetherFindEveryHitOnceAndEstimateFromTheShareSearched() throws IOException {
    org.apache.lucene.search.IndexSearcher searcher = index.acquire();
    try {
      org.apache.lucene.search.Query tasksOnly = KindFilter.of(org.thidua.schema.DocKind.TASK);
      List<FacetDimension> dims = List.of(FacetDimension.PROVINCE, FacetDimension.QUARTER);
      BlockFacetCounts.Counted exact = BlockFacetCounts.count(searcher, tasksOnly, dims, 1);
      long maxDoc = searcher.getIndexReader().maxDoc();
      for (int stride : new int[] {2, 4}) {
        long found = 0;
        for (int shift = 0; shift < stride; shift++) {
          BlockFacetCounts.Counted part = BlockFacetCounts.ranges(searcher, tasksOnly, dims, stride, 8, shift);
          found += part.read(); // the hits this sample found, before scaling
          // the estimate is what was found scaled by the share of documents searched (about 1 in stride)
          assertThat(part.total()).isBetween(part.read(), part.read() * stride * 2);
        }
        assertThat(found).as("stride %d", stride).isEqualTo(exact.total());
      }
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void pagesWithoutAQueryListNewestPlansFirstInDocumentOrder() throws IOException {
    TaskResults first = tasks.search(SearchRequest.of("").withPage(1, 5));
    TaskResults third = tasks.search(SearchRequest.of("").withPage(3, 5));
    assertThat(first.total()).isEqualTo(13);
    assertThat(first.hits()).hasSize(5);
    assertThat(first.hits().get(0).year()).isEqualTo(2024);
    assertThat(first.hits().get(0).taskId()).endsWith("-t1");
    assertThat(first.hits().get(1).taskId()).endsWith("-t2");
    assertThat(third.hits()).hasSize(3);
    assertThat(third.hits()).allMatch(h -> h.year() == 2022);
    assertThat(tasks.search(SearchRequest.of("").withPage(4, 5)).hits()).isEmpty();
  }

  @Test
  void highlightsMarkMatchesAndEscapeTheRest() throws IOException {
    TaskHit hit = tasks.search(SearchRequest.of("chuyen de")).hits().get(0);
    assertThat(hit.highlight())
        .isEqualTo(
            "Tổng kết công tác thi đua, khen thưởng năm 2023; khen thưởng đột xuất &amp; <mark>chuyên đề</mark>"
                + " &lt;theo <mark>đề</mark> nghị&gt;");
    assertThat(hit.lead()).containsExactly("Ban TĐKT, Sở Nội vụ");
    assertThat(hit.docNumber()).isEqualTo("12/KH-UBND");
    assertThat(hit.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Lạng Sơn");
    assertThat(hit.quarter()).isEqualTo("IV");
  }

  @Test
  void exportGivesEveryHitWithoutHighlighting() throws IOException {
    List<TaskHit> all = new java.util.ArrayList<>();
    // four say "thi đua", the fifth "TĐKT"
    int n = tasks.export(SearchRequest.of("thi dua").withFilter(FacetDimension.YEAR, "2022"), 1000, all::add);
    assertThat(n).isEqualTo(all.size()).isEqualTo(5);
    assertThat(all).allMatch(h -> h.highlight() == null && h.year() == 2022);
  }

  @Test
  void planSearchFindsPlansByTheirTasksAndShowsWhereTheyMatch() throws IOException {
    PlanResults results = plans.search(SearchRequest.of("thuong binh liet si"));
    assertThat(results.total()).isEqualTo(1);
    PlanHit hit = results.hits().get(0);
    assertThat(hit.docNumber()).isEqualTo("/KH-SLĐTBXH");
    assertThat(hit.tasks()).isEqualTo(6);
    assertThat(hit.snippets()).containsExactly("Thăm hỏi, tặng quà <mark>thương binh</mark>, gia đình <mark>liệt sĩ</mark> nhân ngày 27/7");

    PlanResults byYear = plans.search(SearchRequest.of("").withFilter(FacetDimension.YEAR, "2023"));
    assertThat(byYear.hits()).extracting(PlanHit::docNumber).containsExactly("12/KH-UBND");
    assertThat(byYear.facets().get("year")).extracting(FacetValue::value).containsExactlyInAnyOrder("2022", "2023", "2024");
    assertThat(byYear.facets().get("docType")).containsExactly(new FacetValue("Kế hoạch", 1));
  }
}
