package org.thidua.ingest.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanMarkupTest {

  private static final String SOURCE =
      """
      file: x.txt
      number: Số: 05/KH-SYT
      placeDate: Hà Giang, ngày 02 tháng 02 năm 2023
      header: UBND TỈNH HÀ GIANG
      header: SỞ Y TẾ
      sign.role: GIÁM ĐỐC
      sign.name: Lò Thị Hoa
      recipient: - Như trên;
      recipient: - Lưu: VT.
      ---
      = KẾ HOẠCH
      == Công tác thi đua, khen thưởng năm 2023
      _ Thực hiện Kế hoạch số 12/KH-UBND ngày 16/01/2023 của UBND tỉnh Hà Giang;
      # I. MỤC ĐÍCH
      |~ 6 | 60 | 34 |
      |! TT | Nội dung | Đơn vị |
      |= QUÝ I |
      | 1 | Đăng ký thi đua | Văn phòng Sở // Phòng TCCB |
      Đoạn văn thường.
      """;

  @Test
  void readsMetadataParagraphsAndTables() {
    PlanMarkup.Source src = PlanMarkup.parse(SOURCE);
    assertThat(src.get("file")).isEqualTo("x.txt");
    DraftPlan d = src.draft();
    assertThat(d.letterhead().issuerLines()).containsExactly("UBND TỈNH HÀ GIANG", "SỞ Y TẾ");
    assertThat(d.letterhead().asTable()).isTrue();
    assertThat(d.signature().authority()).isNull();
    assertThat(d.recipients()).hasSize(2);
    assertThat(d.body()).hasSize(6);
    assertThat(d.body().get(2)).isEqualTo(new DraftBlock.Text("Thực hiện Kế hoạch số 12/KH-UBND ngày 16/01/2023 của UBND tỉnh Hà Giang;", DraftBlock.Style.ITALIC));
    DraftBlock.Grid g = (DraftBlock.Grid) d.body().get(4);
    assertThat(g.widths()).containsExactly(6, 60, 34);
    assertThat(g.rows()).extracting(DraftBlock.Row::kind).containsExactly(DraftBlock.RowKind.HEADER, DraftBlock.RowKind.SPAN, DraftBlock.RowKind.BODY);
    assertThat(g.rows().get(2).cells()).containsExactly("1", "Đăng ký thi đua", "Văn phòng Sở\nPhòng TCCB");
    assertThat(TextPlanWriter.rowLine(g.rows().get(2))).isEqualTo("1\tĐăng ký thi đua\tVăn phòng Sở; Phòng TCCB");
  }

  @Test
  void errorsNameTheLine() {
    assertThatThrownBy(() -> PlanMarkup.parse("file x.txt\n---\n"))
        .hasMessageContaining("line 1");
    String ragged = SOURCE.replace("| 1 | Đăng ký thi đua |", "| 1 |");
    assertThatThrownBy(() -> PlanMarkup.parse(ragged)).hasMessageContaining("row has 2 cells, table has 3 columns");
    assertThatThrownBy(() -> PlanMarkup.parse(SOURCE.replace("sign.name: Lò Thị Hoa\n", "")))
        .hasMessageContaining("sign.name");
  }

  @Test
  void spanRowsNeedOneCell() {
    assertThatThrownBy(() -> DraftBlock.Row.span("a").cells().add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(new DraftBlock.Grid(List.of(DraftBlock.Row.span("QUÝ I")), List.of(1, 2)).columns()).isEqualTo(2);
  }
}
