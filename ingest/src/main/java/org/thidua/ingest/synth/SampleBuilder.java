package org.thidua.ingest.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds the bundled sample plans: every {@code *.txt} source in a folder (see {@link PlanMarkup}) becomes the
 * file named by its {@code file:} line, as DOCX, PDF or TXT according to that name's extension.
 */
public final class SampleBuilder {

  /** One file written. */
  public record Built(Path source, Path output, int bytes) {}

  private final PdfPlanWriter pdf;

  public SampleBuilder(PdfPlanWriter.Fonts fonts) {
    this.pdf = new PdfPlanWriter(fonts);
  }

  /** Reads every source in {@code sourceDir} (sorted by name) and writes the plans into {@code outDir}. */
  public List<Built> buildAll(Path sourceDir, Path outDir) throws IOException {
    List<Path> sources;
    try (Stream<Path> s = Files.list(sourceDir)) {
      sources = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (sources.isEmpty()) {
      throw new IOException("no *.txt sources in " + sourceDir);
    }
    Files.createDirectories(outDir);
    List<Built> built = new ArrayList<>();
    for (Path src : sources) {
      built.add(build(src, outDir));
    }
    return built;
  }

  /** Builds one source. */
  public Built build(Path src, Path outDir) throws IOException {
    PlanMarkup.Source source;
    try {
      source = PlanMarkup.parse(Files.readString(src, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IOException(src.getFileName() + ": " + e.getMessage(), e);
    }
    String name = source.require("file");
    Path out = outDir.resolve(name);
    Instant created = createdAt(source.require("date"));
    byte[] bytes =
        switch (extension(name)) {
          case "docx" -> DocxPlanWriter.write(source.draft(), created);
          case "pdf" -> pdf.write(source.draft(), created);
          case "txt" -> TextPlanWriter.write(source.draft()).getBytes(StandardCharsets.UTF_8);
          default -> throw new IOException(src.getFileName() + ": unsupported output format in file: " + name);
        };
    Files.write(out, bytes);
    return new Built(src, out, bytes.length);
  }

  /** 08:00 in Việt Nam on the plan's date (the first of the month when the day is blank). */
  static Instant createdAt(String isoDate) {
    LocalDate d =
        isoDate.length() == 7 ? YearMonth.parse(isoDate).atDay(1) : LocalDate.parse(isoDate);
    return d.atTime(8, 0).toInstant(ZoneOffset.ofHours(7));
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
