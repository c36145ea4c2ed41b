package org.thidua.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.schema.SchemaAnalyzers;
import picocli.CommandLine.Command;
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

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--segments", defaultValue = "2", paramLabel = "N", description = "At most this many segments (default: ${DEFAULT-VALUE}).")
  int segments;

  @Option(names = "--model-dir", paramLabel = "DIR", description = "VnCoreNLP word-segmentation model.")
  Path modelDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PlanIndex.requireExisting(index);
    try (PlanIndex planIndex = PlanIndex.open(index, SchemaAnalyzers.thidua(modelDir))) {
      long start = System.nanoTime();
      int[] counts = planIndex.optimize(segments);
      out.printf("merged %d segments into %d in %.1f s%n", counts[0], counts[1], (System.nanoTime() - start) / 1e9);
    }
    out.flush();
    return 0;
  }
}
