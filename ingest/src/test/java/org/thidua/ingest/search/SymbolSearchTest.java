package org.thidua.ingest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.index.TestAnalyzers;
import org.thidua.ingest.plan.Plan;
import org.thidua.schema.FacetDimension;

/** Document symbols typed in the search box, over the bundled samples extracted and indexed for real. */
class SymbolSearchTest {
  static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");
  static final String DECREE = "91/2017/NĐ-CP";

  @TempDir static Path dir;
  static PlanIndex index;
  static TaskSearch tasks;
  static PlanSearch plans;
  static Map<String, Plan> byNumber;

  @BeforeAll
  static void indexSamples() throws Exception {
    index = PlanIndex.open(dir.resolve("index"), TestAnalyzers.create());
    List<Path> files;
    try (Stream<Path> list = Files.list(SAMPLES)) {
      files = list.filter(f -> f.getFileName().toString().matches(".*\\.(docx|pdf|txt)$")).sorted().toList();
    }
    List<Plan> read = new ArrayList<>();
    try (PlanReader reader = new PlanReader()) {
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        Plan plan = reader.read(f.getFileName().toString(), bytes);
        index.put(plan, f.toAbsolutePath().toString(), bytes);
        read.add(plan);
      }
    }
    index.commit();
    tasks = new TaskSearch(index, 0);
    plans = new PlanSearch(index, 0);
    byNumber = read.stream().collect(Collectors.toMap(Plan::docNumber, p -> p));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static boolean cites(String docNumber, String id) {
    return byNumber.get(docNumber).legalRefs().stream().anyMatch(r -> r.id().equals(id));
  }

  private static SearchRequest in2024(String q) {
    return SearchRequest.of(q).withFilter(FacetDimension.YEAR, "2024").withPage(1, 100);
  }

  @Test
  void aCitedDecreeFindsThePlansCitingItAndTheirTasks() throws Exception {
    assertThat(cites("09/KH-LĐLĐ", DECREE)).isTrue();
    PlanResults found = plans.search(in2024(DECREE));
    assertThat(found.hits()).extracting(PlanHit::docNumber).contains("09/KH-LĐLĐ");
    assertThat(found.hits()).allSatisfy(h -> assertThat(cites(h.docNumber(), DECREE)).isTrue());
    long citing2024 =
        byNumber.values().stream().filter(p -> p.year() != null && p.year() == 2024).filter(p -> cites(p.docNumber(), DECREE)).count();
    assertThat(found.total()).isEqualTo(citing2024);

    TaskResults taskHits = tasks.search(in2024(DECREE));
    assertThat(taskHits.hits()).extracting(TaskHit::docNumber).contains("09/KH-LĐLĐ");
    assertThat(taskHits.hits()).allSatisfy(h -> assertThat(cites(h.docNumber(), DECREE)).isTrue());
    assertThat(taskHits.total()).isEqualTo(byNumber.get("09/KH-LĐLĐ").tasks().size() + otherTasks2024Citing("09/KH-LĐLĐ"));
    // facets still counted over the hits
    assertThat(taskHits.facets().get("legalRef")).anySatisfy(v -> {
      assertThat(v.value()).isEqualTo(DECREE);
      assertThat(v.count()).isEqualTo(taskHits.total());
    });
  }

  private static long otherTasks2024Citing(String except) {
    return byNumber.values().stream()
        .filter(p -> p.year() != null && p.year() == 2024 && !p.docNumber().equals(except) && cites(p.docNumber(), DECREE))
        .mapToLong(p -> p.tasks().size())
        .sum();
  }

  @Test
  void caseAndSpacingVariantsAreTheSameSymbol() throws Exception {
    long total = tasks.search(in2024(DECREE)).total();
    assertThat(total).isPositive();
    assertThat(tasks.search(in2024("91/2017/nđ-cp")).total()).isEqualTo(total);
    assertThat(tasks.search(in2024("91/2017/NĐ - CP")).total()).isEqualTo(total);
    assertThat(plans.search(in2024("Nghị định số 91/2017/NĐ-CP")).total()).isEqualTo(plans.search(in2024(DECREE)).total());
    // the short form the registry knows
    assertThat(tasks.search(in2024("NĐ 91/2017")).total()).isEqualTo(total);
  }

  @Test
  void aPlansOwnNumberFindsThePlan() throws Exception {
    PlanResults found = plans.search(SearchRequest.of("186/KH-SYT"));
    assertThat(found.hits()).extracting(PlanHit::docNumber).containsExactly("186/KH-SYT");
    assertThat(plans.search(SearchRequest.of("186/kh-syt")).total()).isEqualTo(1);
    TaskResults taskHits = tasks.search(SearchRequest.of("186/KH-SYT").withPage(1, 100));
    assertThat(taskHits.total()).isPositive();
    assertThat(taskHits.hits()).extracting(TaskHit::docNumber).containsOnly("186/KH-SYT");
  }

  @Test
  void aSymbolNobodyCitesFindsNothing() throws Exception {
    assertThat(byNumber.values()).noneMatch(p -> cites(p.docNumber(), "999/2019/NĐ-CP"));
    assertThat(plans.search(SearchRequest.of("999/2019/NĐ-CP")).total()).isZero();
    assertThat(tasks.search(SearchRequest.of("999/2019/NĐ-CP")).total()).isZero();
    assertThat(tasks.search(SearchRequest.of("999/KH-SYT")).total()).isZero();
  }

  @Test
  void otherWordsStillApply() throws Exception {
    TaskResults all = tasks.search(SearchRequest.of(DECREE).withPage(1, 100));
    TaskResults inspection = tasks.search(SearchRequest.of(DECREE + " kiểm tra").withPage(1, 100));
    assertThat(inspection.total()).isPositive().isLessThan(all.total());
    assertThat(inspection.hits()).allSatisfy(h -> {
      assertThat(cites(h.docNumber(), DECREE)).isTrue();
      assertThat(h.text().toLowerCase()).contains("kiểm tra");
      // the words are marked; the symbol, matched through the plan, has nothing to mark
      assertThat(h.highlight()).contains("<mark>");
    });
    Set<String> plainInspection =
        tasks.search(SearchRequest.of("kiểm tra").withPage(1, 100)).hits().stream().map(TaskHit::taskId).collect(Collectors.toSet());
    assertThat(inspection.hits()).extracting(TaskHit::taskId).allMatch(plainInspection::contains);
  }
}
