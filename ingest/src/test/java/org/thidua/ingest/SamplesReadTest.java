package org.thidua.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.synth.DraftBlock;
import org.thidua.ingest.synth.PlanMarkup;

/**
 * Every bundled sample in samples/ is read by {@link PlanReader} without error, with the identity its author
 * wrote in the sample's source (samples/source/*.txt), all its task rows and the plan it says it implements.
 */
class SamplesReadTest {

  private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");
  private static PlanReader reader;

  @BeforeAll
  static void open() {
    reader = new PlanReader();
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  /** Task rows as authored: body rows of the source's tables whose first cell is a number. */
  private static int numberedRows(PlanMarkup.Source meta) {
    return meta.draft().body().stream()
        .filter(b -> b instanceof DraftBlock.Grid)
        .flatMap(b -> ((DraftBlock.Grid) b).rows().stream())
        .filter(r -> r.kind() == DraftBlock.RowKind.BODY && r.cells().get(0).matches("\\d+"))
        .mapToInt(r -> 1)
        .sum();
  }

  @TestFactory
  Stream<DynamicTest> everySampleIsReadWithItsAuthoredIdentity() throws IOException {
    List<Path> sources;
    try (Stream<Path> s = Files.list(SAMPLES.resolve("source"))) {
      sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(sources).hasSizeGreaterThanOrEqualTo(12);
    return sources.stream()
        .map(
            src ->
                DynamicTest.dynamicTest(
                    src.getFileName().toString(),
                    () -> {
                      PlanMarkup.Source meta = PlanMarkup.parse(Files.readString(src, StandardCharsets.UTF_8));
                      Path file = SAMPLES.resolve(meta.require("file"));
                      Plan plan = reader.read(file);
                      assertThat(plan.file()).isEqualTo(file.getFileName().toString());
                      assertThat(plan.docNumber()).as("docNumber").isEqualTo(meta.require("docNumber"));
                      assertThat(plan.province()).as("province").isEqualTo(meta.require("province"));
                      assertThat(plan.currentProvince()).as("currentProvince").isEqualTo(meta.require("currentProvince"));
                      assertThat(plan.year()).as("year").isEqualTo(Integer.parseInt(meta.require("year")));
                      assertThat(plan.date()).as("date").isEqualTo(meta.require("date"));
                      assertThat(plan.id()).isEqualTo(plan.sha256().substring(0, 16));
                      assertThat(plan.tasks()).as("tasks (numbered rows of the source's tables)").hasSize(numberedRows(meta));
                      if (meta.get("parent") != null) {
                        assertThat(plan.parentRefs()).as("parentRefs").contains(meta.get("parent"));
                      }
                    }));
  }
}
