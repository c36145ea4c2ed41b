package org.thidua.ingest.index;

import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link CrashSafetyTest}: ingests a folder slowly, saying on standard output after each file and
 * each commit, until it is killed.
 *
 * <p>Arguments: index folder, input folder, commit every N plans, milliseconds to spend on each file.
 */
public final class CrashProbe {
  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    Path input = Path.of(args[1]);
    int commitEvery = Integer.parseInt(args[2]);
    long delay = Long.parseLong(args[3]);
    PlanExtractor json = TestPlans.jsonExtractor();
    PlanExtractor slow =
        (name, bytes) -> {
          Thread.sleep(delay);
          return json.extract(name, bytes);
        };
    try (PlanIndex index = PlanIndex.open(indexDir, TestAnalyzers.create())) {
      int[] done = {0};
      new PlanIngester(index, slow)
          .commitEvery(commitEvery)
          .threads(1)
          .ingest(
              SourceFile.collect(List.of(input)),
              new PlanIngester.Listener() {
                @Override
                public void finished(IngestOutcome outcome) {
                  System.out.println("done " + (++done[0]));
                  System.out.flush();
                }

                @Override
                public void committed(int plans) {
                  System.out.println("committed " + plans);
                  System.out.flush();
                }
              });
    }
    System.out.println("finished");
  }
}
