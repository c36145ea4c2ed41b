package org.thidua.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.Table;

class RtfTablesTest {

  private static String mark(String rtf) {
    return new String(RtfTables.mark(rtf.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
  }

  @Test
  void marksTableControlWordsOnly() {
    assertThat(mark("\\trowd\\cellx800\\pard\\intbl a\\cell \\row}"))
        .isEqualTo("\\trowd\\cellx800\\pard\\intbl{\\uc1\\u-8190?}a{\\uc1\\u-8192?}\\cell {\\uc1\\u-8191?}\\row}");
    // an escaped backslash followed by "cell" is text, not a control word
    assertThat(mark("{\\rtf1 C:\\\\cell \\cell}")).isEqualTo("{\\rtf1 C:\\\\cell {\\uc1\\u-8192?}\\cell}");
    assertThat(mark("{\\rtf1 no table}")).isEqualTo("{\\rtf1 no table}");
  }

  @Test
  void rebuildsRowsAndCellsFromMarkedParagraphs() {
    var blocks = RtfTables.rebuild(List.of(
        new Paragraph("Trước"),
        new Paragraph("\uE002a\uE000"),
        new Paragraph("\uE002b1"),
        new Paragraph("\uE002b2\uE000"),
        new Paragraph("\uE001"),
        new Paragraph("\uE002c\uE000\uE002d\uE000"),
        new Paragraph("\uE001Sau", true)));
    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(0)).isEqualTo(new Paragraph("Trước"));
    assertThat(((Table) blocks.get(1)).rows()).containsExactly(
        new Table.Row(List.of(new Table.Cell(List.of("a")), new Table.Cell(List.of("b1", "b2")))),
        new Table.Row(List.of(new Table.Cell(List.of("c")), new Table.Cell(List.of("d")))));
    assertThat(blocks.get(2)).isEqualTo(new Paragraph("Sau", true));
  }
}
