package org.thidua.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;

/** Odd and hostile structures never make extraction fail: it returns what it can. */
class ExtractionRobustnessTest {

  private static final String[] PIECES = {
    "Số:", "/", "KH-UBND", "\t", "\t\t", "KẾ HOẠCH", "Nơi nhận:", "- ", "Quý I", "QUÍ IV/2024", "ngày", "tháng",
    "năm 2022", "31/7/2017", "Nghị định số", "91/2017/NĐ-CP", "34-CT/TW", "Luật", "Thi đua, khen thưởng", "của",
    "“", "”", "(", ")", "Ban TĐKT, Sở Nội vụ", "Sở Nội vụ (Ban TĐKT", "KT. GIÁM ĐỐC", "Nguyễn Văn A", "./.",
    "IV. TỔ CHỨC THỰC HIỆN", "1.", "TT", "Nội dung", "Đơn vị chủ trì", "Phối hợp", "trước ngày", "100%", "Đợt",
    "từ", "đến", ";", ",", "*", "**", "Thực hiện", "xây dựng Kế hoạch", "1", "II", "a)", "phong trào", ""
  };

  private final PlanExtractor extractor = new PlanExtractor();

  private static String line(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    return sb.toString();
  }

  @Test
  void randomPlansOfPiecesAreExtractedWithoutFailing() {
    Random r = new Random(42);
    for (int doc = 0; doc < 300; doc++) {
      List<Block> blocks = new ArrayList<>();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        if (r.nextInt(8) == 0) {
          List<Table.Row> rows = new ArrayList<>();
          for (int k = r.nextInt(5); k >= 0; k--) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = r.nextInt(5); c >= 0; c--) {
              cells.add(new Table.Cell(r.nextBoolean() ? List.of() : List.of(line(r), line(r))));
            }
            rows.add(new Table.Row(cells));
          }
          blocks.add(new Table(rows));
        } else {
          blocks.add(new Paragraph(line(r), r.nextInt(10) == 0));
        }
      }
      String type = switch (doc % 3) {
        case 0 -> "text/plain";
        case 1 -> "application/pdf";
        default -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      };
      PlanDocument d = new PlanDocument("r" + doc, type, blocks, Map.of(), List.of());
      assertThatCode(() -> extractor.extract(d, "id", "sha")).as("document %d", doc).doesNotThrowAnyException();
    }
  }

  @Test
  void emptyAndHugeDocuments() {
    Plan empty = extractor.extract(new PlanDocument("e", "text/plain", List.of(), Map.of(), List.of()), "i", "s");
    assertThat(empty.tasks()).isEmpty();
    assertThat(empty.legalRefs()).isEmpty();
    assertThat(empty.docNumber()).isNull();

    // one line of 200 000 characters full of citations and quotes, and 20 000 short lines
    String citations = "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ; phong trào “A”, “B”; 15% cán bộ; ";
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(citations.repeat(2000)));
    for (int i = 0; i < 20_000; i++) {
      blocks.add(new Paragraph(i % 2 == 0 ? (i / 2 % 100 + 1) + "\tViệc " + i + "\tSở Nội vụ" : ""));
    }
    Plan huge = extractor.extract(new PlanDocument("h", "text/plain", blocks, Map.of(), List.of()), "i", "s");
    assertThat(huge.legalRefs()).extracting(r -> r.id()).containsExactly("91/2017/NĐ-CP");
    assertThat(huge.tasks()).hasSize(10_000);
  }
}
