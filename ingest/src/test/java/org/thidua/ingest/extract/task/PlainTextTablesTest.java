package org.thidua.ingest.extract.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;

class PlainTextTablesTest {

  private static PlanDocument doc(String text) {
    List<Block> blocks = Arrays.stream(text.split("\n", -1)).<Block>map(Paragraph::new).toList();
    return new PlanDocument("t.txt", "text/plain", blocks, Map.of(), List.of());
  }

  private static List<List<String>> cells(Table t) {
    return t.rows().stream().map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList();
  }

  @Test
  void rowPerLineWithBlankLinesAndABrokenRow() {
    PlanDocument out = new PlainTextTables().recover(doc(String.join("\n",
        "II. NỘI DUNG",
        "I\tQuý I\t\t",
        "1\tTask one\tVăn phòng\tCác phòng",
        "",
        "\tcontinued\t\t",
        "2\tTask two\tVăn phòng\tCác phòng",
        "III. TỔ CHỨC THỰC HIỆN")));
    assertThat(out.blocks()).hasSize(3);
    Table t = (Table) out.blocks().get(1);
    assertThat(cells(t)).containsExactly(
        List.of("I", "Quý I", "", ""),
        List.of("1", "Task one", "Văn phòng", "Các phòng"),
        List.of("", "continued", "", ""),
        List.of("2", "Task two", "Văn phòng", "Các phòng"));
    assertThat(out.blocks().get(2)).isEqualTo(new Paragraph("III. TỔ CHỨC THỰC HIỆN"));
  }

  @Test
  void cellPerLineWithContinuationLinesHeadingRowsAndAnEmptyCell() {
    PlanDocument out = new PlainTextTables().recover(doc(String.join("\n",
        "\tTT", "\tNội dung", "\tĐơn vị thực hiện", "",
        "\tQUÍ I/2018", "",
        "\t01", "\tTask one", "\t- UBND tỉnh.", "", "- Sở Nội vụ.", "",
        "\t02", "\tTask two", "\t",
        "\t03", "\tTask three", "\t- Các đơn vị.", "", "",
        "III. CÁC GIẢI PHÁP")));
    Table t = (Table) out.blocks().getFirst();
    assertThat(cells(t)).containsExactly(
        List.of("TT", "Nội dung", "Đơn vị thực hiện"),
        List.of("QUÍ I/2018", "", ""),
        List.of("01", "Task one", "- UBND tỉnh.\n- Sở Nội vụ."),
        List.of("02", "Task two", ""),
        List.of("03", "Task three", "- Các đơn vị."));
    assertThat(out.blocks().getLast()).isEqualTo(new Paragraph("III. CÁC GIẢI PHÁP"));
  }

  @Test
  void aLoneTabbedLineStaysAParagraph() {
    PlanDocument in = doc("Số: 12/KH-UBND\tHà Nội, ngày 01 tháng 02 năm 2024\nKẾ HOẠCH");
    assertThat(new PlainTextTables().recover(in).blocks()).isEqualTo(in.blocks());
  }
}
