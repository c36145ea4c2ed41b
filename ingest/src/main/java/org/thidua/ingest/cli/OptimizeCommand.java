package org.thidua.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.thidua.ingest.index.PlanIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code thidua.jar optimize --index DIR [--segments N]}. */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = {
      "Merge the index into few segments, for faster searches after a large batch has been ingested.",
      "Rewrites the whole index (seconds per million tasks); plans are unchanged. Exit status 0."
    })
public final class OptimizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExistingIndex index;

  @Option(names = "--segments", defaultValue = "2", paramLabel = "N", description = "At most this many segments (default: ${DEFAULT-VALUE}).")
  int segments;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (PlanIndex planIndex = index.open()) {
      long start = System.nanoTime();
      int[] counts = planIndex.optimize(segments);
      out.printf("merged %d segments into %d in %.1f s%n", counts[0], counts[1], (System.nanoTime() - start) / 1e9);
    }
    out.flush();
    return 0;
  }
}
