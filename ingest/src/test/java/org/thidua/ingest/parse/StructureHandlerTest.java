package org.thidua.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.Table;
import org.xml.sax.InputSource;

/** The handler on XHTML as Tika writes it. */
class StructureHandlerTest {

  private static final long NO_DEADLINE = System.nanoTime() + 3_600_000_000_000L;

  private static List<Block> build(String body, boolean html) throws Exception {
    StructureHandler handler = new StructureHandler(html, true, 1_000_000, 10_000, NO_DEADLINE);
    parse(body, handler);
    return handler.blocks();
  }

  private static void parse(String body, StructureHandler handler) throws Exception {
    String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Tiêu đề</title>"
        + "<meta name=\"author\" content=\"x\"/></head><body>" + body + "</body></html>";
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    var reader = factory.newSAXParser().getXMLReader();
    reader.setContentHandler(handler);
    reader.parse(new InputSource(new StringReader(xhtml)));
  }

  @Test
  void paragraphsHeadingsAndBoldLines() throws Exception {
    List<Block> blocks = build("<h1>KẾ HOẠCH</h1><p><b>Công tác thi đua</b></p><p>Một <b>phần</b> đậm</p><p/>"
        + "<ul><li>Mục một</li><li>Mục hai</li></ul>", false);
    assertThat(blocks).containsExactly(
        new Paragraph("KẾ HOẠCH", true),
        new Paragraph("Công tác thi đua", true),
        new Paragraph("Một phần đậm", false),
        new Paragraph("", false),
        new Paragraph("Mục một", false),
        new Paragraph("Mục hai", false));
  }

  @Test
  void lineBreaksEndLinesAndTabsStay() throws Exception {
    List<Block> blocks = build("<p>Dòng một<br/>Dòng hai\tcột\nDòng ba\r\n\nDòng năm</p>", false);
    assertThat(blocks).containsExactly(
        new Paragraph("Dòng một"), new Paragraph("Dòng hai\tcột"), new Paragraph("Dòng ba"), new Paragraph(""),
        new Paragraph("Dòng năm"));
  }

  @Test
  void htmlWhiteSpaceIsCollapsedExceptInPre() throws Exception {
    List<Block> blocks = build("<p>  Công   tác\n   thi đua  </p><pre>a\tb\nc</pre>", true);
    assertThat(blocks).containsExactly(new Paragraph("Công tác thi đua"), new Paragraph("a\tb"), new Paragraph("c"));
  }

  @Test
  void skipsHeadScriptsAndEmbeddedMarkers() throws Exception {
    List<Block> blocks = build("<script>var a = 1;</script><div class=\"embedded\" id=\"image1.png\">x</div>"
        + "<div class=\"package-entry\"><h1>file.doc</h1></div><p>Nội dung</p>", false);
    assertThat(blocks).containsExactly(new Paragraph("Nội dung"));
  }

  @Test
  void tablesWithSpansNestedTablesAndMultiParagraphCells() throws Exception {
    List<Block> blocks = build("<p>Trước</p><table><tbody>"
        + "<tr><th>TT</th><th colspan=\"2\">Đơn vị</th></tr>"
        + "<tr><td rowspan=\"2\">Quý I</td><td><p>Việc một</p><p>tiếp</p><p/></td><td>Sở Nội vụ</td></tr>"
        + "<tr><td>Việc hai</td><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr>"
        + "</tbody></table><p>Sau</p>", false);
    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(0)).isEqualTo(new Paragraph("Trước"));
    assertThat(blocks.get(2)).isEqualTo(new Paragraph("Sau"));
    Table table = (Table) blocks.get(1);
    assertThat(table.rows()).extracting(row -> row.cells().stream().map(Table.Cell::paragraphs).toList())
        .containsExactly(
            List.of(List.of("TT"), List.of("Đơn vị"), List.of()),
            List.of(List.of("Quý I"), List.of("Việc một", "tiếp"), List.of("Sở Nội vụ")),
            List.of(List.of(), List.of("Việc hai"), List.of("a\tb", "c\td")));
  }

  @Test
  void countsTextPerPdfPage() throws Exception {
    StructureHandler handler = new StructureHandler(false, false, 1_000_000, 10_000, NO_DEADLINE);
    parse("<div class=\"page\"><p/><p>Trang một\nhai</p><p/></div><div class=\"page\"><p/></div>", handler);
    assertThat(handler.pageCharacters()).containsExactly(11, 0);
    assertThat(handler.blocks()).containsExactly(new Paragraph("Trang một"), new Paragraph("hai"));
  }

  @Test
  void stopsAtTheCharacterLimit() {
    StructureHandler handler = new StructureHandler(false, true, 100, 1_000_000, NO_DEADLINE);
    assertThatThrownBy(() -> parse("<p>" + "x".repeat(200) + "</p>", handler))
        .isInstanceOfSatisfying(StructureHandler.Stop.class,
            stop -> assertThat(stop.reason).isEqualTo(UnreadableFileException.Reason.TOO_LARGE));
  }

  @Test
  void stopsWhenTextIsFarLargerThanTheFile() {
    StructureHandler handler = new StructureHandler(false, true, 100_000_000, 1_000, NO_DEADLINE);
    String paragraphs = ("<p>" + "thi đua ".repeat(100) + "</p>").repeat(1_500); // 1.2 M characters from "1 kB"
    assertThatThrownBy(() -> parse(paragraphs, handler))
        .isInstanceOfSatisfying(StructureHandler.Stop.class,
            stop -> assertThat(stop.reason).isEqualTo(UnreadableFileException.Reason.ZIP_BOMB));
  }

  @Test
  void stopsAfterTheDeadline() {
    StructureHandler handler = new StructureHandler(false, true, 100_000_000, 10_000_000, System.nanoTime() - 1);
    String paragraphs = "<p>thi đua</p>".repeat(1_000);
    assertThatThrownBy(() -> parse(paragraphs, handler))
        .isInstanceOfSatisfying(StructureHandler.Stop.class,
            stop -> assertThat(stop.reason).isEqualTo(UnreadableFileException.Reason.TIMEOUT));
  }
}
