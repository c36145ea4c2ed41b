package org.thidua.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code thidua.jar segment}, run in-process with redirected standard streams. */
class SegmentCommandTest {
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }
  }

  private static Run run(String stdin, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cli = ThiduaCli.commandLine();
      cli.setErr(new PrintWriter(err, true));
      int exit = cli.execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
    }
  }

  private static Path modelDir() {
    String p = System.getProperty("thidua.vncorenlp.dir");
    Path dir = p != null && !p.isBlank() ? Path.of(p) : null;
    if (dir == null) {
      String shared = System.getProperty("thidua.shared.dir", System.getenv("THIDUA_SHARED_DIR"));
      dir = shared == null ? null : Path.of(shared, "vncorenlp");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      String why = "VnCoreNLP model folder not found: set thidua.shared.dir or THIDUA_SHARED_DIR";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    return dir;
  }

  @Test
  void segmentsEachLineVnCoreNlpStyle() {
    Run r = run("Công tác thi đua, khen thưởng năm 2022\n\nThực hiện Kế hoạch số 05/KH-UBND ngày 29/01/2022.\n",
        "segment", "--model-dir", modelDir().toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.lines()).containsExactly(
        "Công_tác thi_đua , khen_thưởng năm 2022",
        "",
        "Thực_hiện Kế_hoạch số 05/KH-UBND ngày 29/01/2022 .");
  }

  @Test
  void writesExactlyOneLinePerInputLine() {
    StringBuilder in = new StringBuilder();
    for (int k = 0; k < 5000; k++) {
      in.append(k % 7 == 0 ? "" : "Ủy ban nhân dân tỉnh Lào Cai. Sở Lao động - Thương binh và Xã hội").append(k % 2 == 0 ? "\n" : "\r\n");
    }
    in.append("dòng cuối không có xuống dòng");
    Run r = run(in.toString(), "segment", "--model-dir", modelDir().toString());
    assertThat(r.lines()).hasSize(5001);
    assertThat(r.lines().get(1)).isEqualTo("Ủy_ban_nhân_dân tỉnh Lào_Cai . Sở Lao_động - Thương_binh và Xã_hội");
    assertThat(r.lines().get(7)).isEmpty();
    assertThat(r.lines().get(5000)).startsWith("dòng");
  }

  @Test
  void fallsBackToSyllablesWithOneMessage() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Run r = run("thi đua, khen thưởng\nthi đua\n", "segment", "--model-dir", empty.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).containsExactly("thi đua , khen thưởng", "thi đua");
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).contains("wordsegmenter.rdr is missing").contains("one word per syllable");
  }

  @Test
  void rejectsAModelWithTheWrongHash() throws Exception {
    Path dir = modelDir();
    Path copy = tmp.resolve("model");
    Files.createDirectories(copy.resolve("lists"));
    Files.writeString(copy.resolve("wordsegmenter.rdr"), "True : object.conclusion = \"NN\"\n");
    Files.copy(dir.resolve("vi-vocab"), copy.resolve("vi-vocab"));
    try (var lists = Files.list(dir.resolve("lists"))) {
      for (Path l : lists.toList()) {
        Files.copy(l, copy.resolve("lists").resolve(l.getFileName()));
      }
    }
    Run r = run("thi đua\n", "segment", "--model-dir", copy.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).containsExactly("thi đua");
    assertThat(r.err()).contains("SHA-256");
  }

  @Test
  void hasHelp() {
    StringWriter out = new StringWriter();
    CommandLine cli = ThiduaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("segment", "--help")).isZero();
    assertThat(out.toString()).contains("--model-dir=DIR").contains("standard input");
    StringWriter top = new StringWriter();
    cli.setOut(new PrintWriter(top, true));
    cli.execute("--help");
    assertThat(top.toString()).contains("segment");
  }

  @Test
  void writesSentencesTheRulesJoinToNothingAsVnCoreNlpDoes() {
    // a rule tags the one-word sentence "trung" I (continues a word): VnCoreNLP writes "_trung"
    Run r = run("trung\nthi đua\n", "segment", "--model-dir", modelDir().toString());
    assertThat(r.lines()).containsExactly("_trung", "thi_đua");
  }

  @Test
  void stripsAByteOrderMarkAndKeepsTokensAsWritten() {
    Run r = run("\uFEFFhoà bình và hòa bình\n", "segment", "--model-dir", modelDir().toString());
    assertThat(r.lines()).containsExactly("hoà_bình và hòa_bình");
  }
}
