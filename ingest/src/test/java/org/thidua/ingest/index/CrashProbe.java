package org.thidua.ingest.index;

import java.nio.file.Path;
import java.util.List;
import org.thidua.ingest.PlanReader;

/**
 * Child process of {@link CrashSafetyTest}: ingests a folder with thidua's reader, saying on standard output after
 * each file and each commit, until it is killed.
 *
 * <p>Arguments: index folder, input folder, commit every N plans.
 */
public final class CrashProbe {
  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    Path input = Path.of(args[1]);
    int commitEvery = Integer.parseInt(args[2]);
    try (PlanReader reader = new PlanReader();
        PlanIndex index = PlanIndex.open(indexDir, TestAnalyzers.create())) {
      int[] done = {0};
      new PlanIngester(index, reader::read)
          .commitEvery(commitEvery)
          .threads(1)
          .ingest(
              SourceFile.collect(List.of(input)),
              new PlanIngester.Listener() {
                @Override
                public void finished(IngestOutcome outcome) {
                  System.out.println("done " + (++done[0]) + " " + outcome.status());
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
