package org.thidua.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.thidua.ingest.synth.PdfPlanWriter;
import org.thidua.ingest.synth.PlanGenerator;
import org.thidua.ingest.synth.SampleBuilder;
import org.thidua.ingest.synth.SyntheticPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code thidua.jar generate}: writes synthetic plans for tests and benchmarks, or (with {@code --from}) builds
 * the bundled samples from their marked-up sources.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate realistic synthetic plans (DOCX built with Apache POI, or text in the seeds' layout).",
      "With --from, build plan files (DOCX, PDF, TXT) from marked-up sources such as samples/source."
    })
public final class GenerateCommand implements Callable<Integer> {

  /** Output formats of synthetic plans. */
  public enum Format {
    docx,
    txt
  }

  @Spec CommandSpec spec;

  @Option(names = "--count", defaultValue = "10", description = "Number of plans (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--format", defaultValue = "docx", description = "docx or txt (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed; one seed gives the same plans (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--start", defaultValue = "0", description = "Index of the first plan (default: ${DEFAULT-VALUE}).")
  int start;

  @Option(names = "--out", required = true, description = "Folder to write into (created if missing).")
  Path out;

  @Option(names = "--from", description = "Build the plans described by the *.txt sources in this folder instead.")
  Path from;

  @Option(
      names = "--font-dir",
      defaultValue = "/usr/share/fonts/truetype/dejavu",
      description = "Folder with DejaVuSerif*.ttf, embedded in PDFs built with --from (default: ${DEFAULT-VALUE}).")
  Path fontDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    if (from != null) {
      if (!Files.isDirectory(from)) {
        err.println("error: --from " + from + " is not a folder");
        return 2;
      }
      SampleBuilder builder;
      try {
        builder = new SampleBuilder(PdfPlanWriter.Fonts.dejaVuSerif(fontDir));
      } catch (IllegalStateException e) {
        err.println("error: " + e.getMessage());
        return 2;
      }
      List<SampleBuilder.Built> built = builder.buildAll(from, out);
      for (SampleBuilder.Built b : built) {
        outWriter.printf("%s -> %s (%d bytes)%n", b.source().getFileName(), b.output(), b.bytes());
      }
      outWriter.printf("built %d plans into %s%n", built.size(), out);
      outWriter.flush();
      return 0;
    }
    if (count < 0 || start < 0) {
      err.println("error: --count and --start must not be negative");
      return 2;
    }
    Files.createDirectories(out);
    PlanGenerator generator = new PlanGenerator(seed);
    for (int i = 0; i < count; i++) {
      SyntheticPlan plan = generator.generate(start + i);
      String ext = format.name();
      byte[] bytes = format == Format.docx ? plan.toDocx() : plan.toTextBytes();
      Files.write(out.resolve(plan.fileName(ext)), bytes);
    }
    outWriter.printf("generated %d %s plans (seed %d) into %s%n", count, format, seed, out);
    outWriter.flush();
    return 0;
  }
}
