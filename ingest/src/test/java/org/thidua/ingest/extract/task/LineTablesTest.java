package org.thidua.ingest.extract.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.extract.text.Reflow;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;

/** Tables and paragraphs as a PDF's text layer gives them: one line at a time, cells one after another. */
class LineTablesTest {

  private static PlanDocument pdf(String... lines) {
    List<Block> blocks = Arrays.stream(lines).<Block>map(Paragraph::new).toList();
    return new PlanDocument("p.pdf", "application/pdf", blocks, Map.of(), List.of());
  }

  private static List<List<String>> cells(Table t) {
    return t.rows().stream().map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList();
  }

  @Test
  void rowsByNumberTextToItsFullStopThenUnitLines() {
    PlanDocument out = new LineTables(PlanTerms.load()).recover(pdf(
        "III. NHIỆM VỤ",
        "TT Nội dung Đơn vị chủ trì Đơn vị phối",
        "hợp",
        "Quý III/2025",
        "1 Phát động đợt thi đua cao điểm trong",
        "công chức, viên chức.",
        "Phòng Thi đua,",
        "khen thưởng",
        "Công đoàn cơ sở",
        "2 Sơ kết công tác thi đua, khen thưởng",
        "6 tháng đầu năm 2025.",
        "Ban Tổ chức Văn phòng",
        "2",
        "TT Nội dung Đơn vị chủ trì Đơn vị phối",
        "hợp",
        "3 Tổng kết năm 2025.",
        "Hội đồng TĐKT",
        "Công an tỉnh",
        "IV. TỔ CHỨC THỰC HIỆN"));
    assertThat(out.blocks()).hasSize(3);
    assertThat(cells((Table) out.blocks().get(1))).containsExactly(
        List.of("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp"),
        List.of("Quý III/2025", "", "", ""),
        List.of("1", "Phát động đợt thi đua cao điểm trong công chức, viên chức.", "Phòng Thi đua, khen thưởng",
            "Công đoàn cơ sở"),
        List.of("2", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2025.", "Ban Tổ chức", "Văn phòng"),
        List.of("3", "Tổng kết năm 2025.", "Hội đồng TĐKT Công an tỉnh", ""));
  }

  @Test
  void reflowJoinsLinesBrokenAtTheMarginOnly() {
    PlanDocument out = new Reflow().reflow(pdf(
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính",
        "phủ; Thông tư số 15/2025/TT-BNV;",
        "Hưởng ứng phong trào “Xanh - Sạch",
        "- Đẹp” trong công nhân.",
        "I. MỤC ĐÍCH",
        "- Ý một;",
        "- Ý hai."));
    assertThat(out.blocks()).extracting(b -> ((Paragraph) b).text()).containsExactly(
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ; Thông tư số 15/2025/TT-BNV;",
        "Hưởng ứng phong trào “Xanh - Sạch - Đẹp” trong công nhân.",
        "I. MỤC ĐÍCH", "- Ý một;", "- Ý hai.");
  }
}
