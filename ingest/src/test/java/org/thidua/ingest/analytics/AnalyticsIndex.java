package org.thidua.ingest.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.index.TestAnalyzers;
import org.thidua.ingest.plan.Plan;

/** A real index of real files, read with the real extraction (PlanReader), for the analytics tests. */
final class AnalyticsIndex {
  static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");

  private AnalyticsIndex() {}

  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(f -> f.getFileName().toString().matches(".*\\.(docx|pdf|txt)$")).sorted().toList();
    }
  }

  /** Reads and indexes the files; answers the plans as extracted. */
  static List<Plan> build(PlanIndex index, List<Path> files) throws Exception {
    List<Plan> plans = new ArrayList<>();
    try (PlanReader reader = new PlanReader()) {
      for (Path f : files) {
        byte[] bytes = Files.readAllBytes(f);
        Plan plan = reader.read(f.getFileName().toString(), bytes);
        index.put(plan, f.toAbsolutePath().toString(), bytes);
        plans.add(plan);
      }
    }
    index.commit();
    return plans;
  }

  static PlanIndex open(Path dir) throws IOException {
    return PlanIndex.open(dir, TestAnalyzers.create());
  }
}
