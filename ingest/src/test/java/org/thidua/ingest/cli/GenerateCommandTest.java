package org.thidua.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

  @TempDir Path tmp;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = ThiduaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void writesCountPlansInTheFormatAsked() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path dir = tmp.resolve("txt");
    int code = run(out, err, "generate", "--count", "4", "--format", "txt", "--seed", "9", "--out", dir.toString());
    assertThat(code).as(err.toString()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("synth-000000.txt", "synth-000001.txt", "synth-000002.txt", "synth-000003.txt");
    }
    assertThat(Files.readString(dir.resolve("synth-000002.txt"), StandardCharsets.UTF_8)).contains("KẾ HOẠCH", "\t");
    assertThat(out.toString()).contains("generated 4 txt plans (seed 9)");

    Path docx = tmp.resolve("docx");
    assertThat(run(out, err, "generate", "--count", "2", "--seed", "9", "--out", docx.toString())).isZero();
    byte[] head = Files.readAllBytes(docx.resolve("synth-000001.docx"));
    assertThat(new String(head, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
  }

  @Test
  void helpAndBadArguments() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(run(out, err, "generate", "--help")).isZero();
    assertThat(out.toString()).contains("--count", "--format", "--seed", "--out");
    assertThat(run(out, err, "generate", "--format", "odt", "--out", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--format");
    assertThat(run(out, err, "generate", "--from", tmp.resolve("missing").toString(), "--out", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is not a folder");
  }
}
