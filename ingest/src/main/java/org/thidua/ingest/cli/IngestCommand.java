package org.thidua.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.index.IngestOutcome;
import org.thidua.ingest.index.IngestOutcome.Status;
import org.thidua.ingest.index.IngestSummary;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.index.PlanIngester;
import org.thidua.ingest.index.SourceFile;
import org.thidua.schema.SchemaAnalyzers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code thidua.jar ingest --index DIR PATH...}. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extract plans from files and add them to the index (folders are read recursively).",
      "A file already indexed with the same content is skipped; a changed file at the same path replaces its plan.",
      "Exit status: 0 when every file was ingested or unchanged, 2 when some failed, 1 on an error of the index."
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder (created if missing).")
  Path index;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Where to write the failures, tab-separated (default: DIR/ingest-failures.tsv).")
  Path report;

  @Option(
      names = "--commit-every",
      defaultValue = "100",
      paramLabel = "N",
      description = "Commit after every N new plans; a crash loses at most those (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read at once (default: the number of processors).")
  Integer threads;

  @Option(
      names = "--max-file-size",
      defaultValue = "100",
      paramLabel = "MB",
      description = "Larger files are reported as failures (default: ${DEFAULT-VALUE} MB).")
  long maxFileMb;

  @Option(
      names = "--model-dir",
      paramLabel = "DIR",
      description = "VnCoreNLP word-segmentation model (default: env THIDUA_VNCORENLP_DIR; without one, syllables).")
  Path modelDir;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Plan files or folders.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<SourceFile> files = SourceFile.collect(paths);
    IngestProgress progress = new IngestProgress(spec.commandLine().getErr(), Terminal.isTerminal());
    IngestSummary summary;
    try (PlanReader reader = new PlanReader();
        PlanIndex planIndex = PlanIndex.open(index, SchemaAnalyzers.thidua(modelDir))) {
      PlanIngester ingester =
          new PlanIngester(planIndex, reader::read)
              .commitEvery(commitEvery)
              .maxFileBytes(maxFileMb * 1024 * 1024);
      if (threads != null) {
        ingester.threads(threads);
      }
      summary = ingester.ingest(files, progress);
    } finally {
      progress.end();
    }
    Path reportFile = report != null ? report : index.resolve("ingest-failures.tsv");
    writeReport(reportFile, summary.failures());

    out.printf(
        "ingested %d, replaced %d, unchanged %d, failed %d%n",
        summary.count(Status.INGESTED),
        summary.count(Status.REPLACED),
        summary.count(Status.UNCHANGED),
        summary.count(Status.FAILED));
    for (IngestOutcome failure : summary.failures()) {
      out.printf("  failed  %s: %s%n", failure.source(), failure.reason());
    }
    if (!summary.failures().isEmpty()) {
      out.println("failures written to " + reportFile.toAbsolutePath());
    }
    out.flush();
    return summary.failures().isEmpty() ? 0 : 2;
  }

  /** One line per failed file: source, file name, reason (tabs and line breaks in values become spaces). */
  static void writeReport(Path file, List<IngestOutcome> failures) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("source\tfile\treason\n");
      for (IngestOutcome f : failures) {
        w.write(cell(f.source()) + "\t" + cell(f.fileName()) + "\t" + cell(f.reason()) + "\n");
      }
    }
  }

  private static String cell(String value) {
    return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
  }
}
