package org.thidua.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.parse.legacy.LegacyEncoding;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;

/** One small plan in every supported format, built in code, parsed into the same structure. */
class DocumentParserFormatsTest {

  private static DocumentParser parser;

  @BeforeAll
  static void start() {
    parser = new DocumentParser(ParseLimits.defaults().withOcr(OcrMode.OFF));
  }

  @AfterAll
  static void stop() {
    parser.close();
  }

  static List<String> texts(PlanDocument doc) {
    return doc.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
  }

  static List<Table> tables(PlanDocument doc) {
    return doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
  }

  static List<List<String>> cellTexts(Table table) {
    return table.rows().stream().map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList();
  }

  @Test
  void docx() throws Exception {
    PlanDocument doc = parser.parse("ke-hoach.docx", Fixtures.docx());
    assertThat(doc.fileName()).isEqualTo("ke-hoach.docx");
    assertThat(doc.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(doc.metadata()).containsEntry("format", "DOCX").containsEntry("author", "Apache POI");
    assertThat(doc.warnings()).isEmpty();
    List<Block> blocks = doc.blocks();
    // the header comes first, then the body in order, then the footer
    assertThat(blocks.subList(0, 8)).containsExactly(
        new Paragraph("ỦY BAN NHÂN DÂN TỈNH", false),
        new Paragraph(Fixtures.TITLE, true), // style "heading 1"
        new Paragraph(Fixtures.SUBTITLE, true), // bold throughout
        new Paragraph(Fixtures.INTRO, false),
        new Paragraph("", false), // Word's empty paragraph
        new Paragraph("Dòng một", false), // a soft line break ends a line
        new Paragraph("Dòng hai\tsau tab", false),
        tables(doc).getFirst());
    assertThat(blocks.subList(8, blocks.size()))
        .containsExactly(new Paragraph(Fixtures.CLOSING), new Paragraph("Trang 1"));
    Table table = tables(doc).getFirst();
    List<List<String>> expected = new ArrayList<>(Fixtures.TASKS);
    List<String> second = new ArrayList<>(expected.get(2));
    second.set(2, second.get(2) + "\nSở Nội vụ phối hợp"); // the cell's two paragraphs
    expected.set(2, second);
    assertThat(cellTexts(table)).isEqualTo(expected);
    assertThat(table.rows().get(2).cells().get(2).paragraphs()).containsExactly("Ban Thi đua – Khen thưởng", "Sở Nội vụ phối hợp");
  }

  @Test
  void docxMergedCellsKeepColumnsAligned() throws Exception {
    PlanDocument doc = parser.parse("gop-o.docx", Fixtures.docxWithMergedCells());
    assertThat(cellTexts(tables(doc).getFirst())).containsExactly(
        List.of("STT", "Nội dung", "Thời gian thực hiện", ""), // a cell over two columns, padded
        List.of("", "", "Bắt đầu", "Kết thúc"), // cells merged down: empty
        List.of("I. Nhiệm vụ quý I", "", "", ""), // a group row across the table
        List.of("1", "Tổ chức hội nghị triển khai", "01/2022", "03/2022"));
  }

  @Test
  void doc() throws Exception {
    PlanDocument doc = parser.parse("ke-hoach.doc", Fixtures.doc());
    assertThat(doc.mediaType()).isEqualTo("application/msword");
    assertThat(doc.warnings()).isEmpty();
    assertThat(doc.blocks().getFirst()).isEqualTo(new Paragraph(Fixtures.TITLE, true));
    assertThat(texts(doc)).containsExactly(Fixtures.TITLE, Fixtures.SUBTITLE, Fixtures.INTRO, Fixtures.CLOSING);
    assertThat(tables(doc)).singleElement().satisfies(t -> assertThat(cellTexts(t)).isEqualTo(Fixtures.TASKS));
    assertThat(doc.blocks().get(3)).isInstanceOf(Table.class);
  }

  @Test
  void docInTcvn3() throws Exception {
    // an old .VnTime document: 8-bit text, each TCVN3 byte stored as the windows-1252 character
    WordBinaryWriter old = new WordBinaryWriter().paragraph(LegacyEncoding.TCVN3.encode(Fixtures.SUBTITLE));
    Fixtures.TASKS.forEach(row -> old.row(row.stream().map(LegacyEncoding.TCVN3::encode).toList()));
    PlanDocument doc = parser.parse("cu.doc", old.write(true));
    assertThat(doc.metadata()).containsEntry("legacyEncoding", "TCVN3");
    assertThat(texts(doc)).containsExactly(Fixtures.SUBTITLE);
    assertThat(cellTexts(tables(doc).getFirst())).isEqualTo(Fixtures.TASKS);
  }

  @Test
  void odt() throws Exception {
    PlanDocument doc = parser.parse("ke-hoach.odt", Fixtures.odt());
    assertThat(doc.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(doc.blocks().getFirst()).isEqualTo(new Paragraph(Fixtures.TITLE, true));
    assertThat(texts(doc)).containsExactly(Fixtures.TITLE, Fixtures.SUBTITLE, Fixtures.INTRO, "Dòng một",
        "Dòng hai\tsau tab", Fixtures.CLOSING);
    assertThat(tables(doc)).singleElement().satisfies(t -> assertThat(cellTexts(t)).isEqualTo(Fixtures.TASKS));
  }

  @Test
  void rtfWithUnicodeEscapesAndATable() throws Exception {
    PlanDocument doc = parser.parse("ke-hoach.rtf", Fixtures.rtf());
    assertThat(doc.mediaType()).isEqualTo("application/rtf");
    assertThat(doc.blocks().getFirst()).isEqualTo(new Paragraph(Fixtures.TITLE, true)); // \\b ... \\b0
    assertThat(texts(doc).stream().filter(t -> !t.isEmpty()).toList()).containsExactly(Fixtures.TITLE, Fixtures.SUBTITLE,
        Fixtures.INTRO, "Dòng một", "Dòng hai\tsau tab", Fixtures.CLOSING);
    Table table = tables(doc).getFirst();
    assertThat(doc.blocks().indexOf(table)).isEqualTo(5); // in its place, before the closing paragraph
    assertThat(cellTexts(table).subList(0, 2)).isEqualTo(Fixtures.TASKS.subList(0, 2));
    assertThat(table.rows().get(2).cells().get(2).paragraphs()).containsExactly("Ban Thi đua – Khen thưởng", "Sở Nội vụ phối hợp");
    assertThat(cellTexts(table).get(3)).isEqualTo(Fixtures.TASKS.get(3));
  }

  @Test
  void html() throws Exception {
    PlanDocument doc = parser.parse("ke-hoach.html", Fixtures.html());
    assertThat(doc.mediaType()).isEqualTo("text/html");
    assertThat(doc.metadata()).containsEntry("title", "Kế hoạch thi đua").containsEntry("charset", "UTF-8");
    assertThat(doc.blocks().subList(0, 2))
        .containsExactly(new Paragraph(Fixtures.TITLE, true), new Paragraph(Fixtures.SUBTITLE, true)); // h1; <b>
    assertThat(texts(doc)).containsExactly(Fixtures.TITLE, Fixtures.SUBTITLE, Fixtures.INTRO, "Dòng một", "Dòng hai",
        Fixtures.CLOSING); // no script, no style, no title
    Table table = tables(doc).getFirst();
    assertThat(cellTexts(table).subList(0, 4)).isEqualTo(Fixtures.TASKS);
    assertThat(cellTexts(table).get(4)).hasSize(4).endsWith("Hai cột", ""); // colspan="2" padded
    // the nested table is flattened into its cell: a paragraph per row, cells separated by tabs
    assertThat(table.rows().get(4).cells().get(1).paragraphs()).containsExactly("Việc có bảng con", "a\tb", "c\td");
  }

  @Test
  void htmlWithoutACharsetDeclaration() throws Exception {
    String page = "<html><body><p>" + Fixtures.SUBTITLE + "</p><p>" + Fixtures.CLOSING + "</p></body></html>";
    PlanDocument utf8 = parser.parse("trang.htm", page.getBytes(StandardCharsets.UTF_8));
    assertThat(utf8.metadata()).containsEntry("charset", "UTF-8");
    assertThat(texts(utf8)).containsExactly(Fixtures.SUBTITLE, Fixtures.CLOSING);
    PlanDocument cp1258 = parser.parse("trang.htm", Fixtures.windows1258(page));
    assertThat(cp1258.metadata()).containsEntry("charset", "windows-1258");
    assertThat(texts(cp1258)).containsExactly(Fixtures.SUBTITLE, Fixtures.CLOSING);
  }

  @Test
  void pdfWithATextLayerGivesOneParagraphPerLine() throws Exception {
    assumeTrue(Fixtures.hasDejaVu(), "DejaVu Sans is not installed (" + Fixtures.DEJAVU + "); skipping");
    byte[] pdf = Fixtures.pdfWithText(List.of(
        List.of(Fixtures.TITLE, Fixtures.SUBTITLE, "STT\tNội dung\tĐơn vị", "1\tTổ chức hội nghị\tSở Nội vụ"),
        List.of("2\tKiểm tra công tác thi đua\tBan Thi đua – Khen thưởng", "Quý III")));
    PlanDocument doc = parser.parse("ke-hoach.pdf", pdf);
    assertThat(doc.mediaType()).isEqualTo("application/pdf");
    assertThat(doc.metadata()).containsEntry("pages", "2");
    assertThat(doc.warnings()).isEmpty();
    // a table drawn in a PDF comes out as lines; its cells are separated by spaces (PDF has no cells)
    assertThat(texts(doc)).containsExactly(Fixtures.TITLE, Fixtures.SUBTITLE, "STT Nội dung Đơn vị",
        "1 Tổ chức hội nghị Sở Nội vụ", "2 Kiểm tra công tác thi đua Ban Thi đua – Khen thưởng", "Quý III");
  }

  @Test
  void utf8Text() throws Exception {
    PlanDocument doc = parser.parse("ke-hoach.txt", Fixtures.planText().getBytes(StandardCharsets.UTF_8));
    assertThat(doc.mediaType()).isEqualTo("text/plain");
    assertThat(doc.metadata()).containsEntry("charset", "UTF-8").containsEntry("format", "TXT");
    assertThat(texts(doc)).isEqualTo(PlainTextDecoder.lines(Fixtures.planText()));
    assertThat(texts(doc)).contains("", "1\tTổ chức Hội nghị triển khai công tác thi đua, khen thưởng năm 2022\tSở Nội vụ\tQuý I");
    assertThat(tables(doc)).isEmpty(); // tab tables in plain text are left to the extraction's heuristics
  }

  @Test
  void textInEveryUnicodeAndVietnameseCharset() throws Exception {
    List<String> lines = PlainTextDecoder.lines(Fixtures.planText());
    String text = Fixtures.planText();
    record Case(String charset, byte[] bytes) {}
    List<Case> cases = List.of(
        new Case("UTF-16LE (BOM)", Fixtures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))),
        new Case("UTF-16BE (BOM)", text.getBytes(StandardCharsets.UTF_16)),
        new Case("UTF-16LE (no BOM)", text.getBytes(StandardCharsets.UTF_16LE)),
        new Case("windows-1258", Fixtures.windows1258(text)));
    for (Case c : cases) {
      PlanDocument doc = parser.parse("ke-hoach.txt", c.bytes());
      assertThat(doc.metadata()).as(c.charset()).containsEntry("charset", c.charset());
      assertThat(texts(doc)).as(c.charset()).isEqualTo(lines);
      assertThat(doc.warnings()).as(c.charset()).isEmpty();
    }
  }

  /**
   * TCVN3 cannot write a capital with a tone mark: typists used a capitals-only font for it. Sentence starts
   * and all-capital lines are restored; a capital in the middle of a sentence ("; Ủy ban") cannot be.
   */
  static String asTcvn3Restores(String text) {
    return text.replace("; Ủy ban", "; ủy ban");
  }

  @Test
  void tcvn3AndVniTextIsConvertedWithAWarning() throws Exception {
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      String expected = encoding == LegacyEncoding.TCVN3 ? asTcvn3Restores(Fixtures.planText()) : Fixtures.planText();
      byte[] bytes = encoding.encode(Fixtures.planText()).getBytes(Charset.forName("windows-1252"));
      PlanDocument doc = parser.parse("cu.txt", bytes);
      assertThat(texts(doc)).as(encoding.name()).isEqualTo(PlainTextDecoder.lines(expected));
      assertThat(doc.metadata()).containsEntry("legacyEncoding", encoding.name()).containsEntry("charset", "windows-1252");
      assertThat(doc.warnings()).singleElement().asString().startsWith("converted from " + encoding.label());
    }
  }

  @Test
  void tcvn3SavedAsUtf8IsConvertedToo() throws Exception {
    // an old file opened as windows-1252 and saved as UTF-8: the TCVN3 letters survive as Latin-1 characters
    byte[] bytes = LegacyEncoding.TCVN3.encode(Fixtures.SUBTITLE + "\n" + Fixtures.CLOSING).getBytes(StandardCharsets.UTF_8);
    PlanDocument doc = parser.parse("cu.txt", bytes);
    assertThat(doc.metadata()).containsEntry("charset", "UTF-8").containsEntry("legacyEncoding", "TCVN3");
    assertThat(texts(doc)).containsExactly(Fixtures.SUBTITLE, Fixtures.CLOSING);
  }

  @Test
  void tcvn3RunsInADocxAreConvertedParagraphByParagraph() throws Exception {
    List<String> paragraphs = List.of(
        "ỦY BAN NHÂN DÂN TỈNH", // typed in Unicode
        LegacyEncoding.TCVN3.encode(Fixtures.TITLE), // typed in .VnTimeH: capitals from lower-case codes
        LegacyEncoding.TCVN3.encode(Fixtures.SUBTITLE),
        LegacyEncoding.TCVN3.encode(Fixtures.INTRO),
        "Tây Ninh"); // proper Unicode made of Latin-1 letters: untouched
    PlanDocument doc = parser.parse("cu.docx", Fixtures.docxOf(paragraphs, ".VnTime"));
    assertThat(texts(doc)).containsExactly("ỦY BAN NHÂN DÂN TỈNH", Fixtures.TITLE, Fixtures.SUBTITLE,
        asTcvn3Restores(Fixtures.INTRO), "Tây Ninh");
    assertThat(doc.metadata()).containsEntry("legacyEncoding", "TCVN3");
    assertThat(doc.warnings()).singleElement().asString().contains("3 of 5 paragraphs");
  }

  @Test
  void vniRunsInADocx() throws Exception {
    List<String> paragraphs = List.of(LegacyEncoding.VNI.encode(Fixtures.SUBTITLE), LegacyEncoding.VNI.encode(Fixtures.CLOSING));
    PlanDocument doc = parser.parse("cu.docx", Fixtures.docxOf(paragraphs, "VNI-Times"));
    assertThat(texts(doc)).containsExactly(Fixtures.SUBTITLE, Fixtures.CLOSING);
    assertThat(doc.metadata()).containsEntry("legacyEncoding", "VNI");
  }

  @Test
  void inputStreamAndPathGiveTheSameDocument(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    byte[] docx = Fixtures.docx();
    java.nio.file.Path file = dir.resolve("ke-hoach.docx");
    java.nio.file.Files.write(file, docx);
    PlanDocument fromPath = parser.parse(file);
    PlanDocument fromStream = parser.parse("ke-hoach.docx", new java.io.ByteArrayInputStream(docx));
    PlanDocument fromBytes = parser.parse("ke-hoach.docx", docx);
    assertThat(fromPath).isEqualTo(fromStream).isEqualTo(fromBytes);
  }
}
