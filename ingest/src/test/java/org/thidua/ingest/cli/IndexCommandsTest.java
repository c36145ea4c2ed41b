package org.thidua.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ingest, search and delete, run as the command line runs them, over the bundled samples. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexCommandsTest {
  static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");

  @TempDir static Path dir;
  static Path index;
  static long samples;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ThiduaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeAll
  static void count() throws IOException {
    index = dir.resolve("index");
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).count();
    }
    assertThat(samples).isGreaterThanOrEqualTo(10);
  }

  @Test
  @Order(1)
  void everyCommandHasHelp() {
    for (String command : List.of("ingest", "search", "delete")) {
      Run help = run(command, "--help");
      assertThat(help.exit()).as(command).isZero();
      assertThat(help.out()).contains("Usage:").contains("--index");
    }
    assertThat(run("search", "--help").out()).contains("--province", "--year", "--quarter", "--unit", "--legal-ref", "--plans");
  }

  @Test
  @Order(2)
  void ingestsTheSamplesThenFindsThemUnchanged() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName()));
      }
    }
    Files.write(Files.createDirectories(folder.resolve("sub")).resolve("broken.docx"),
        "PK\u0003\u0004 not really a Word file".getBytes(StandardCharsets.UTF_8));

    Run first = run("ingest", "--index", index.toString(), folder.toString());
    assertThat(first.exit()).as(first.err()).isEqualTo(2);
    assertThat(first.out()).startsWith("ingested " + samples + ", replaced 0, unchanged 0, failed 1");
    assertThat(first.out()).contains("broken.docx");
    List<String> report = Files.readAllLines(index.resolve("ingest-failures.tsv"));
    assertThat(report.get(0)).isEqualTo("source\tfile\treason");
    assertThat(report).hasSize(2);
    assertThat(report.get(1)).contains("broken.docx\t");
    assertThat(first.err()).as("plain progress lines when not a terminal").contains("progress: " + (samples + 1) + "/" + (samples + 1));

    Files.delete(folder.resolve("sub/broken.docx"));
    Run second = run("ingest", "--index", index.toString(), folder.toString());
    assertThat(second.exit()).isZero();
    assertThat(second.out()).startsWith("ingested 0, replaced 0, unchanged " + samples + ", failed 0");
    assertThat(Files.readAllLines(index.resolve("ingest-failures.tsv"))).containsExactly("source\tfile\treason");
  }

  @Test
  @Order(3)
  void searchPrintsRankedTasksWithTheirPlans() {
    Run found = run("search", "--index", index.toString(), "--province", "Hà Giang", "--quarter", "III", "kiem", "tra");
    assertThat(found.exit()).as(found.err()).isZero();
    assertThat(found.out()).containsPattern("^\\d+ tasks? match \"kiem tra\"");
    assertThat(found.out()).contains("12/KH-UBND").contains("quarter III").contains("«Kiểm tra»");
    assertThat(found.out()).doesNotContain("quarter II ·").doesNotContain("Yên Bái");

    Run abbreviated = run("search", "--index", index.toString(), "--facets", "TĐKT");
    // the spelled-out words are marked as one span: the index holds TĐKT over "thi đua, khen thưởng"
    assertThat(abbreviated.out())
        .contains("«TĐKT»")
        .contains("«thi đua, khen thưởng»")
        .contains("province:")
        .contains("legalRef:");

    Run plans = run("search", "--index", index.toString(), "--plans", "--year", "2024", "tổng kết");
    assertThat(plans.out()).containsPattern("^\\d+ plans? match").contains("15/KH-UBND").doesNotContain("2023 ·");
  }

  @Test
  @Order(4)
  void deleteRemovesAPlanById() {
    Run plans = run("search", "--index", index.toString(), "--plans", "--size", "1", "\"Vì an ninh Tổ quốc\"");
    Matcher id = Pattern.compile("\\b([0-9a-f]{16})\\b").matcher(plans.out());
    assertThat(id.find()).as(plans.out()).isTrue();

    Run deleted = run("delete", "--index", index.toString(), id.group(1));
    assertThat(deleted.exit()).isZero();
    assertThat(deleted.out()).startsWith("deleted " + id.group(1));
    assertThat(run("search", "--index", index.toString(), "--plans", "\"Vì an ninh Tổ quốc\"").out()).startsWith("0 plans");

    Run again = run("delete", "--index", index.toString(), id.group(1));
    assertThat(again.exit()).isEqualTo(3);
    assertThat(again.err()).contains("no plan " + id.group(1));
  }

  @Test
  @Order(4)
  void optimizeMergesSegmentsAndSearchesFindTheSame() {
    Run before = run("search", "--index", index.toString(), "--size", "100", "kiem tra");
    Run optimized = run("optimize", "--index", index.toString(), "--segments", "1");
    assertThat(optimized.exit()).isZero();
    assertThat(optimized.out()).containsPattern("merged \\d+ segments into 1 in");
    assertThat(run("search", "--index", index.toString(), "--size", "100", "kiem tra").out()).isEqualTo(before.out());
  }

  @Test
  @Order(5)
  void aMissingIndexIsOneClearLine() {
    Run search = run("search", "--index", dir.resolve("nowhere").toString(), "x");
    assertThat(search.exit()).isEqualTo(1);
    assertThat(search.err()).contains("no thidua index at").contains("ingest --index").doesNotContain("\tat ");
    assertThat(run("delete", "--index", dir.resolve("nowhere").toString(), "0123456789abcdef").exit()).isEqualTo(1);
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }
}
