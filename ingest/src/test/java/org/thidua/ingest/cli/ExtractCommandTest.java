package org.thidua.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cli = ThiduaCli.commandLine();
      cli.setErr(new PrintWriter(err, true));
      int exit = cli.execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(original);
    }
  }

  private Path plan(String name) throws Exception {
    String text = String.join("\n", "SỞ NỘI VỤ", "Số: 12/KH-SNV", "Hà Tĩnh, ngày 05 tháng 01 năm 2023", "KẾ HOẠCH",
        "Công tác thi đua, khen thưởng năm 2023", "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ;",
        "I. NHIỆM VỤ", "STT\tNội dung\tĐơn vị chủ trì", "1\tPhát động thi đua\tVăn phòng Sở",
        "2\tTổng kết thi đua\tVăn phòng Sở");
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void jsonlGivesOneLinePerFileAndAnErrorObjectForAnUnreadableOne() throws Exception {
    Path good = plan("a.txt");
    Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);
    Path garbage = Files.write(dir.resolve("b.pdf"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 9, 0, 0, 1});

    Run r = run("extract", "--format", "jsonl", good.toString(), empty.toString(), garbage.toString(), good.toString());

    assertThat(r.exit()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : r.out().strip().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).get("docNumber").asString()).isEqualTo("12/KH-SNV");
    assertThat(lines.get(0).get("tasks")).hasSize(2);
    assertThat(lines.get(0).get("id").asString()).hasSize(16);
    assertThat(lines.get(1).get("file").asString()).isEqualTo("empty.docx");
    assertThat(lines.get(1).get("reason").asString()).isEqualTo("EMPTY");
    assertThat(lines.get(1).get("error").asString()).isNotBlank();
    assertThat(lines.get(2).get("file").asString()).isEqualTo("b.pdf");
    assertThat(lines.get(2).has("error")).isTrue();
    assertThat(lines.get(3).get("docNumber").asString()).isEqualTo("12/KH-SNV");
    assertThat(r.err()).contains("empty.docx").contains("b.pdf");
  }

  @Test
  void jsonIsOneArrayAndTheExitStatusFailsOnlyWhenNothingWasRead() throws Exception {
    Run ok = run("extract", plan("a.txt").toString(), dir.resolve("missing.txt").toString());
    assertThat(ok.exit()).isZero();
    JsonNode array = JSON.readTree(ok.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    assertThat(array.get(0).get("issuer").asString()).isEqualTo("Sở Nội vụ");
    assertThat(array.get(1).get("reason").asString()).isEqualTo("IO");

    Run none = run("extract", "--format", "json", dir.resolve("missing.txt").toString());
    assertThat(none.exit()).isEqualTo(1);
    assertThat(JSON.readTree(none.out())).hasSize(1);
  }

  @Test
  void usageErrors() {
    assertThat(run("extract").exit()).isEqualTo(2);
    assertThat(run("extract", "--format", "xml", "a.txt").exit()).isEqualTo(2);
  }
}
