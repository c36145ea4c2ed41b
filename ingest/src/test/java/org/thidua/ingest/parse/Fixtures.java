package org.thidua.ingest.parse;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds the test inputs in code: one small Vietnamese plan in every format, and broken files. */
final class Fixtures {

  static final String TITLE = "KẾ HOẠCH";
  static final String SUBTITLE = "Công tác thi đua, khen thưởng năm 2022";
  static final String INTRO =
      "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều"
          + " của Luật Thi đua, Khen thưởng; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:";
  static final List<List<String>> TASKS =
      List.of(
          List.of("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"),
          List.of("1", "Tổ chức Hội nghị triển khai công tác thi đua, khen thưởng năm 2022", "Sở Nội vụ", "Quý I"),
          List.of("2", "Kiểm tra công tác thi đua, khen thưởng tại các huyện, thành phố", "Ban Thi đua – Khen thưởng", "Quý III"),
          List.of("3", "Tổng kết, đánh giá phong trào thi đua “Cả nước chung tay vì người nghèo”", "Các sở, ban, ngành", "Quý IV"));
  static final String CLOSING = "Yêu cầu các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ trước ngày 10/02/2022.";

  /** Every Vietnamese letter, lower and upper case, for round trips. */
  static final String ALPHABET;

  static {
    StringBuilder lower = new StringBuilder();
    for (char base : "aăâeêioôơuưy".toCharArray()) {
      for (String tone : new String[] {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}) {
        lower.append(Normalizer.normalize(base + tone, Normalizer.Form.NFC));
      }
    }
    lower.append('đ');
    ALPHABET = lower + " " + lower.toString().toUpperCase(java.util.Locale.ROOT);
  }

  private Fixtures() {}

  // ---------------------------------------------------------------- DOCX

  static byte[] docx() {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(headingStyle("Heading1", "heading 1"));
      XWPFParagraph title = doc.createParagraph();
      title.setStyle("Heading1");
      title.createRun().setText(TITLE);
      XWPFRun bold = doc.createParagraph().createRun();
      bold.setBold(true);
      bold.setText(SUBTITLE);
      XWPFRun intro = doc.createParagraph().createRun();
      intro.setText(INTRO);
      doc.createParagraph(); // an empty paragraph, as Word documents have between blocks
      XWPFRun broken = doc.createParagraph().createRun();
      broken.setText("Dòng một");
      broken.addBreak();
      broken.setText("Dòng hai\tsau tab");
      XWPFTable table = doc.createTable(TASKS.size(), TASKS.get(0).size());
      for (int r = 0; r < TASKS.size(); r++) {
        for (int c = 0; c < TASKS.get(r).size(); c++) {
          table.getRow(r).getCell(c).setText(TASKS.get(r).get(c));
        }
      }
      // a second paragraph in one cell
      XWPFTableCell lead = table.getRow(2).getCell(2);
      lead.addParagraph().createRun().setText("Sở Nội vụ phối hợp");
      doc.createParagraph().createRun().setText(CLOSING);
      XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
      policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("ỦY BAN NHÂN DÂN TỈNH");
      policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("Trang 1");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A DOCX task table with merged cells, as plans have them: a header cell over two columns, header cells
   * merged down into the second header row, and a group row ("I. Quý I") across the whole table.
   */
  static byte[] docxWithMergedCells() {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFTable table = doc.createTable(4, 4);
      String[][] text = {
        {"STT", "Nội dung", "Thời gian thực hiện", null},
        {"", "", "Bắt đầu", "Kết thúc"},
        {"I. Nhiệm vụ quý I", null, null, null},
        {"1", "Tổ chức hội nghị triển khai", "01/2022", "03/2022"}};
      for (int r = 0; r < 4; r++) {
        for (int c = 0; c < 4; c++) {
          if (text[r][c] != null && !text[r][c].isEmpty()) {
            table.getRow(r).getCell(c).setText(text[r][c]);
          }
        }
      }
      span(table, 0, 2, 2);
      span(table, 2, 0, 4);
      for (int c = 0; c < 2; c++) {
        table.getRow(0).getCell(c).getCTTc().addNewTcPr().addNewVMerge()
            .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
        table.getRow(1).getCell(c).getCTTc().addNewTcPr().addNewVMerge();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes cell (row, column) span {@code columns} grid columns, removing the cells it covers. */
  private static void span(XWPFTable table, int row, int column, int columns) {
    XWPFTableCell cell = table.getRow(row).getCell(column);
    var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    properties.addNewGridSpan().setVal(java.math.BigInteger.valueOf(columns));
    for (int k = 1; k < columns; k++) {
      table.getRow(row).removeCell(column + 1);
    }
  }

  /** A Word file made of a scanned page pasted in as a picture: no text of its own. */
  static byte[] docxOfPicture(List<String> lines) {
    try (XWPFDocument doc = new XWPFDocument()) {
      byte[] png = png(lines);
      BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(png));
      doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png),
          org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "scan.png",
          org.apache.poi.util.Units.pixelToEMU(image.getWidth() / 3), org.apache.poi.util.Units.pixelToEMU(image.getHeight() / 3));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plan as a Word 97–2003 file (see {@link WordBinaryWriter}). */
  static byte[] doc() {
    WordBinaryWriter doc = new WordBinaryWriter().boldParagraph(TITLE).paragraph(SUBTITLE).paragraph(INTRO);
    TASKS.forEach(doc::row);
    return doc.paragraph(CLOSING).write(false);
  }

  /** A DOCX whose paragraphs are the given texts (each written as given, e.g. TCVN3 characters). */
  static byte[] docxOf(List<String> paragraphs, String font) {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String text : paragraphs) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontFamily(font);
        run.setText(text);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFStyle headingStyle(String id, String name) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
    return new XWPFStyle(style);
  }

  /** The DOCX encrypted with a password (POI agile encryption, as Word 2010+ writes it). */
  static byte[] encryptedDocx() {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("mật-khẩu");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(docx());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A DOCX-shaped zip whose document part inflates to {@code expandedBytes} of repeated paragraphs: a tiny file
   * that would fill the memory of whoever reads it whole.
   */
  static byte[] zipBombDocx(long expandedBytes) {
    byte[] paragraph = "<w:p><w:r><w:t>thi đua thi đua thi đua thi đua</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[paragraph.length * 4096];
    for (int i = 0; i < 4096; i++) {
      System.arraycopy(paragraph, 0, block, i * paragraph.length, paragraph.length);
    }
    return rawDocx(zip -> {
      for (long written = 0; written < expandedBytes; written += block.length) {
        zip.write(block);
      }
    });
  }

  /** A minimal DOCX whose body is the given WordprocessingML, written as is. */
  static byte[] rawDocx(String bodyXml) {
    return rawDocx(zip -> zip.write(bodyXml.getBytes(StandardCharsets.UTF_8)));
  }

  private interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }

  private static byte[] rawDocx(BodyWriter body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      put(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          </Types>""");
      put(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("""
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""
          .getBytes(StandardCharsets.UTF_8));
      body.write(zip);
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  // ---------------------------------------------------------------- ODT

  static byte[] odt() {
    StringBuilder rows = new StringBuilder();
    for (List<String> row : TASKS) {
      rows.append("<table:table-row>");
      for (String cell : row) {
        rows.append("<table:table-cell office:value-type=\"string\"><text:p>").append(xml(cell)).append("</text:p></table:table-cell>");
      }
      rows.append("</table:table-row>");
    }
    String content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">
        <office:body><office:text>
        <text:h text:outline-level="1">%s</text:h>
        <text:p>%s</text:p>
        <text:p>%s</text:p>
        <text:p>Dòng một<text:line-break/>Dòng hai<text:tab/>sau tab</text:p>
        <table:table table:name="Nhiệm vụ"><table:table-column table:number-columns-repeated="4"/>%s</table:table>
        <text:p>%s</text:p>
        </office:text></office:body></office:document-content>"""
        .formatted(xml(TITLE), xml(SUBTITLE), xml(INTRO), rows, xml(CLOSING));
    String manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>""";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      // the mimetype entry comes first and is stored uncompressed: that is how ODF is recognised
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      put(zip, "content.xml", content);
      put(zip, "META-INF/manifest.xml", manifest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  // ---------------------------------------------------------------- RTF

  static byte[] rtf() {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\uc1\n");
    rtf.append("{\\pard\\b ").append(rtfText(TITLE)).append("\\b0\\par}\n");
    rtf.append("{\\pard ").append(rtfText(SUBTITLE)).append("\\par}\n");
    rtf.append("{\\pard ").append(rtfText(INTRO)).append("\\par}\n");
    rtf.append("{\\pard ").append(rtfText("Dòng một")).append("\\line ").append(rtfText("Dòng hai")).append("\\tab ")
        .append(rtfText("sau tab")).append("\\par}\n");
    for (int r = 0; r < TASKS.size(); r++) {
      rtf.append("\\trowd\\cellx800\\cellx5000\\cellx7500\\cellx9000\n");
      for (int c = 0; c < TASKS.get(r).size(); c++) {
        rtf.append("\\pard\\intbl ").append(rtfText(TASKS.get(r).get(c)));
        if (r == 2 && c == 2) { // a cell of two paragraphs
          rtf.append("\\par\n\\pard\\intbl ").append(rtfText("Sở Nội vụ phối hợp"));
        }
        rtf.append("\\cell\n");
      }
      rtf.append("\\row\n");
    }
    rtf.append("\\pard ").append(rtfText(CLOSING)).append("\\par\n}");
    return rtf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** RTF text: ASCII as is, everything else as {@code \\uN?} (N signed 16-bit). */
  private static String rtfText(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '{' || c == '}') {
        out.append('\\').append(c);
      } else if (c < 0x80) {
        out.append(c);
      } else {
        out.append("\\u").append((int) (short) c).append('?');
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- HTML

  static byte[] html() {
    StringBuilder rows = new StringBuilder();
    for (int r = 0; r < TASKS.size(); r++) {
      rows.append("<tr>");
      for (String cell : TASKS.get(r)) {
        String tag = r == 0 ? "th" : "td";
        rows.append('<').append(tag).append('>').append(xml(cell)).append("</").append(tag).append('>');
      }
      rows.append("</tr>\n");
    }
    String html = """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch thi đua</title>
        <style>p { margin: 0 }</style><script>var x = "không phải nội dung";</script></head>
        <body>
        <h1>%s</h1>
        <p><b>%s</b></p>
        <p>%s</p>
        <p>Dòng một<br>Dòng hai</p>
        <table>
        %s
        <tr><td>4</td><td>Việc có bảng con<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td>
        <td colspan="2">Hai cột</td></tr>
        </table>
        <p>%s</p>
        </body></html>""".formatted(xml(TITLE), xml(SUBTITLE), xml(INTRO), rows, xml(CLOSING));
    return html.getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- PDF

  static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  static boolean hasDejaVu() {
    return Files.isReadable(DEJAVU);
  }

  private static final float[] COLUMNS = {50, 90, 330, 470};

  /**
   * A PDF with a text layer: each page's lines drawn with the embedded DejaVu Sans font; a tab in a line
   * starts the next column, as the cells of a table drawn in a PDF.
   */
  static byte[] pdfWithText(List<List<String>> pages) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, DEJAVU.toFile());
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          float y = 800;
          for (String line : lines) {
            // a tab moves to the next column, as cells of a table drawn in a PDF
            String[] cells = line.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
              content.beginText();
              content.setFont(font, 11);
              content.newLineAtOffset(COLUMNS[Math.min(c, COLUMNS.length - 1)], y);
              content.showText(cells[c]);
              content.endText();
            }
            y -= 18;
          }
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text PDF with a user password (PDFBox standard security handler). */
  static byte[] encryptedPdf(List<List<String>> pages) {
    return encryptedPdf(pages, "nguoi-doc");
  }

  /** The text PDF encrypted with an owner password and this user password ("" opens without one). */
  static byte[] encryptedPdf(List<List<String>> pages, String userPassword) {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdfWithText(pages))) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scanned PDF: one page that is only an image of the lines, no text layer. */
  static byte[] scannedPdf(List<String> lines) {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage image = render(lines);
      PDPage page = new PDPage(new PDRectangle(image.getWidth() * 72f / 200, image.getHeight() * 72f / 200));
      doc.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(xobject, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PNG "photo" of the lines (200 dpi, black on white). */
  static byte[] png(List<String> lines) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(render(lines), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage render(List<String> lines) {
    Font font;
    try {
      font = Font.createFont(Font.TRUETYPE_FONT, DEJAVU.toFile()).deriveFont(36f);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load " + DEJAVU, e);
    }
    int width = 1700, lineHeight = 60;
    BufferedImage image = new BufferedImage(width, 120 + lineHeight * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(font);
    int y = 80;
    for (String line : lines) {
      g.drawString(line, 60, y);
      y += lineHeight;
    }
    g.dispose();
    return image;
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- text

  /** The plan as plain text: a tab-separated task table, as the seeds have. */
  static String planText() {
    StringBuilder text = new StringBuilder();
    text.append(TITLE).append('\n').append(SUBTITLE).append("\n\n").append(INTRO).append("\n\n");
    for (List<String> row : TASKS) {
      text.append(String.join("\t", row)).append('\n');
    }
    text.append('\n').append(CLOSING).append('\n');
    return text.toString();
  }

  /**
   * Encodes Vietnamese in windows-1258, the way that code page writes it: a base letter (which may carry a
   * circumflex, breve or horn) followed by a combining tone mark.
   */
  static byte[] windows1258(String text) {
    Charset cp1258 = Charset.forName("windows-1258");
    StringBuilder decomposed = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      String tone = "";
      for (char d : nfd.toCharArray()) {
        if ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0) {
          tone = String.valueOf(d);
        } else {
          base.append(d);
        }
      }
      decomposed.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
    }
    String ready = decomposed.toString();
    if (!cp1258.newEncoder().canEncode(ready)) {
      throw new IllegalArgumentException("not encodable in windows-1258: " + text);
    }
    return ready.getBytes(cp1258);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
