package org.thidua.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.index.IngestOutcome.Status;
import org.thidua.ingest.synth.PlanGenerator;
import org.thidua.ingest.synth.SyntheticPlan;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;

/**
 * Kills (SIGKILL) a real ingesting JVM (thidua's reader over generated plan files) in the middle of a batch and checks that the index opens, holds whole plans
 * only (exactly the committed ones), and that running the batch again completes it without duplicates.
 */
class CrashSafetyTest {
  private static final int PLANS = 60;
  private static final int COMMIT_EVERY = 5;
  private static final int KILL_AFTER = 13; // two commits done, three plans added since

  @TempDir Path tmp;

  @Test
  void aKilledBatchLeavesWholePlansAndRerunningCompletesIt() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    PlanGenerator generator = new PlanGenerator(7);
    for (int i = 0; i < PLANS; i++) {
      SyntheticPlan plan = generator.generate(i);
      Files.write(input.resolve(plan.fileName("txt")), plan.toTextBytes());
    }
    Path indexDir = tmp.resolve("index");

    Process child = startChild(indexDir, input);
    List<String> seen = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        seen.add(line);
        if (line.startsWith("done " + KILL_AFTER + " ")) {
          child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, no commit
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(seen)
        .as("the child must have been killed mid-batch; it printed %s (stderr in %s)", seen, tmp.resolve("child-stderr.txt"))
        .anyMatch(l -> l.startsWith("done " + KILL_AFTER + " "))
        .doesNotContain("finished");
    assertThat(seen).as("every generated plan is readable").noneMatch(l -> l.endsWith("FAILED"));
    assertThat(child.exitValue()).isNotZero();

    int survived;
    try (PlanReader reader = new PlanReader();
        PlanIndex index = PlanIndex.open(indexDir, TestAnalyzers.create())) {
      survived = index.planCount();
      assertThat(survived).isBetween(2 * COMMIT_EVERY, PLANS - 1);
      assertThat(survived % COMMIT_EVERY).as("only committed batches survive").isZero();
      assertWholePlans(index);
      try (var files = Files.list(indexDir.resolve("files"))) {
        assertThat(files.count()).as("originals of lost plans are swept").isEqualTo(survived);
      }

      IngestSummary rerun =
          new PlanIngester(index, reader::read)
              .ingest(SourceFile.collect(List.of(input)), new PlanIngester.Listener() {});
      assertThat(rerun.count(Status.UNCHANGED)).isEqualTo(survived);
      assertThat(rerun.count(Status.INGESTED)).isEqualTo(PLANS - survived);
      assertThat(index.planCount()).isEqualTo(PLANS);
      assertWholePlans(index);
    }
  }

  private Process startChild(Path indexDir, Path input) throws IOException {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
    if (TestAnalyzers.modelDir() != null) {
      command.add("-Dthidua.vncorenlp.dir=" + TestAnalyzers.modelDir());
    }
    command.addAll(List.of(CrashProbe.class.getName(), indexDir.toString(), input.toString(), Integer.toString(COMMIT_EVERY)));
    return new ProcessBuilder(command)
        .redirectError(tmp.resolve("child-stderr.txt").toFile())
        .start();
  }

  /** Every plan in the index has all its tasks (as many as it says it has), and no document is there twice. */
  private static void assertWholePlans(PlanIndex index) throws IOException {
    IndexSearcher s = index.acquire();
    try {
      StoredFields stored = s.storedFields();
      Map<String, Integer> tasksSeen = new HashMap<>();
      Map<String, Integer> tasksSaid = new HashMap<>();
      Set<String> ids = new HashSet<>();
      for (ScoreDoc d : s.search(new MatchAllDocsQuery(), Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
        Document doc = stored.document(d.doc, Set.of(Fields.ID, Fields.PLAN_ID, Fields.KIND, Fields.TASK_COUNT));
        assertThat(ids.add(doc.get(Fields.ID))).as("duplicate document %s", doc.get(Fields.ID)).isTrue();
        if (DocKind.TASK.value().equals(doc.get(Fields.KIND))) {
          tasksSeen.merge(doc.get(Fields.PLAN_ID), 1, Integer::sum);
        } else if (DocKind.PLAN.value().equals(doc.get(Fields.KIND))) {
          tasksSaid.put(doc.get(Fields.PLAN_ID), doc.getField(Fields.TASK_COUNT).numericValue().intValue());
        }
      }
      assertThat(tasksSaid).hasSize(index.planCount());
      tasksSaid.forEach((planId, n) -> assertThat(tasksSeen.getOrDefault(planId, 0)).as("tasks of plan %s", planId).isEqualTo(n));
      assertThat(tasksSeen.keySet()).isSubsetOf(tasksSaid.keySet());
      assertThat(tasksSaid.values()).as("generated plans have tasks").allMatch(n -> n > 0);
    } finally {
      index.release(s);
    }
  }
}
