package org.thidua.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.ingest.parse.UnreadableFileException.Reason;
import org.thidua.ingest.structure.PlanDocument;

/** Each kind of bad input gets its own reason and a message naming the file; none harms the parser. */
class DocumentParserBadInputTest {

  private static DocumentParser parser;

  @BeforeAll
  static void start() {
    parser = new DocumentParser(ParseLimits.defaults().withOcr(OcrMode.OFF));
  }

  @AfterAll
  static void stop() {
    parser.close();
  }

  private static UnreadableFileException failure(String name, byte[] content) {
    return failure(parser, name, content);
  }

  private static UnreadableFileException failure(DocumentParser parser, String name, byte[] content) {
    try {
      PlanDocument doc = parser.parse(name, content);
      throw new AssertionError("expected " + name + " to be unreadable, got " + doc);
    } catch (UnreadableFileException e) {
      assertThat(e.fileName()).isEqualTo(name);
      assertThat(e.getMessage()).startsWith(name + ": ").isEqualTo(name + ": " + e.detail());
      return e;
    }
  }

  @Test
  void emptyFile() {
    UnreadableFileException e = failure("trong.docx", new byte[0]);
    assertThat(e.reason()).isEqualTo(Reason.EMPTY);
    assertThat(e.detail()).contains("empty");
  }

  @Test
  void fileWithoutText() throws IOException {
    assertThat(failure("trang.txt", " \n\t\n\u00A0\r\n".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(Reason.EMPTY);
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      UnreadableFileException e = failure("trang.docx", out.toByteArray());
      assertThat(e.reason()).isEqualTo(Reason.EMPTY);
      assertThat(e.detail()).isEqualTo("the file contains no text");
    }
  }

  @Test
  void truncatedDocx() {
    byte[] docx = Fixtures.docx();
    for (int percent : new int[] {10, 50, 90, 99}) {
      UnreadableFileException e = failure("cat.docx", Arrays.copyOf(docx, docx.length * percent / 100));
      assertThat(e.reason()).as(percent + "%").isEqualTo(Reason.TRUNCATED_OR_CORRUPT);
      assertThat(e.detail()).as(percent + "%").contains("DOCX file is cut short");
    }
  }

  @Test
  void truncatedPdf() {
    assumeTrue(Fixtures.hasDejaVu(), "DejaVu Sans is not installed; skipping");
    byte[] pdf = Fixtures.pdfWithText(List.of(List.of("Trang một của kế hoạch"), List.of("Trang hai của kế hoạch")));
    UnreadableFileException e = failure("cat.pdf", Arrays.copyOf(pdf, pdf.length / 2));
    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED_OR_CORRUPT);
    assertThat(e.detail()).contains("cut short");
  }

  /** An OLE2 container with a Word stream that is not a Word document; and a real one cut short. */
  @Test
  void corruptDoc() throws IOException {
    byte[] doc;
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      byte[] junk = new byte[4096];
      new Random(3).nextBytes(junk);
      fs.createDocument(new java.io.ByteArrayInputStream(junk), "WordDocument");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      doc = out.toByteArray();
    }
    UnreadableFileException e = failure("hong.doc", doc);
    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED_OR_CORRUPT);
    assertThat(e.detail()).contains("DOC (Word 97–2003) file");
    byte[] good = Fixtures.doc();
    assertThat(failure("cat.doc", Arrays.copyOf(good, good.length / 2)).reason()).isEqualTo(Reason.TRUNCATED_OR_CORRUPT);
  }

  @Test
  void passwordProtectedDocx() {
    UnreadableFileException e = failure("mat.docx", Fixtures.encryptedDocx());
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e.detail()).contains("password");
  }

  @Test
  void passwordProtectedPdf() {
    assumeTrue(Fixtures.hasDejaVu(), "DejaVu Sans is not installed; skipping");
    UnreadableFileException e = failure("mat.pdf", Fixtures.encryptedPdf(List.of(List.of("Nội dung mật của kế hoạch"))));
    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
  }

  @Test
  void pdfWithOnlyAnOwnerPasswordOpens() throws Exception {
    assumeTrue(Fixtures.hasDejaVu(), "DejaVu Sans is not installed; skipping");
    // restrictions on printing or copying do not stop reading: not an error
    PlanDocument doc = parser.parse("han-che.pdf", Fixtures.encryptedPdf(List.of(List.of(Fixtures.SUBTITLE)), ""));
    assertThat(DocumentParserFormatsTest.texts(doc)).containsExactly(Fixtures.SUBTITLE);
  }

  @Test
  void zipBombIsRefusedBeforeItExpands() {
    byte[] bomb = Fixtures.zipBombDocx(300L << 20); // 300 MB of XML in well under 2 MB
    assertThat(bomb.length).isLessThan(2 << 20);
    UnreadableFileException e = failure("bom.docx", bomb);
    assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
    assertThat(e.detail()).contains("zip bomb").contains("word/document.xml");
  }

  @Test
  void zipBombThatLiesAboutItsSizeIsStoppedWhileParsing() {
    byte[] bomb = Fixtures.zipBombDocx(100L << 20);
    lieAboutSizes(bomb);
    UnreadableFileException e = failure("bom.docx", bomb);
    // caught while inflating (POI's ratio guard) or by the text-to-file ratio: either way, a zip bomb
    assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
  }

  /** Rewrites every central-directory entry to claim it expands to its compressed size. */
  private static void lieAboutSizes(byte[] zip) {
    for (int i = 0; i + 46 < zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
        System.arraycopy(zip, i + 20, zip, i + 24, 4);
      }
    }
  }

  @Test
  void absurdlyDeepNesting() throws Exception {
    String nested = "<w:tbl><w:tr><w:tc>".repeat(2_000) + "<w:p><w:r><w:t>sâu</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl>".repeat(2_000);
    UnreadableFileException e = failure("sau.docx", Fixtures.rawDocx(nested));
    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED_OR_CORRUPT);
    assertThat(e.detail()).contains("depth"); // the XML parser's own limit on element depth
    // deep but plausible nesting is fine, and HTML parsers flatten what is absurd
    String deep = "<w:tbl><w:tr><w:tc>".repeat(20) + "<w:p><w:r><w:t>sâu</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl>".repeat(20);
    assertThat(DocumentParserFormatsTest.tables(parser.parse("sau.docx", Fixtures.rawDocx(deep)))).hasSize(1);
    String html = "<html><body>" + "<div>".repeat(5_000) + "sâu" + "</div>".repeat(5_000) + "</body></html>";
    assertThat(DocumentParserFormatsTest.texts(parse(html))).containsExactly("sâu");
  }

  private static PlanDocument parse(String html) {
    try {
      return parser.parse("sau.html", html.getBytes(StandardCharsets.UTF_8));
    } catch (UnreadableFileException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void mislabelledFilesAreReadByTheirContent() throws Exception {
    assumeTrue(Fixtures.hasDejaVu(), "DejaVu Sans is not installed; skipping");
    PlanDocument pdfNamedDocx = parser.parse("ke-hoach.docx", Fixtures.pdfWithText(List.of(List.of(Fixtures.SUBTITLE))));
    assertThat(pdfNamedDocx.mediaType()).isEqualTo("application/pdf");
    assertThat(pdfNamedDocx.warnings()).containsExactly("the file is named .docx but its content is PDF; it was read as PDF");
    assertThat(DocumentParserFormatsTest.texts(pdfNamedDocx)).containsExactly(Fixtures.SUBTITLE);

    PlanDocument docxNamedPdf = parser.parse("ke-hoach.pdf", Fixtures.docx());
    assertThat(docxNamedPdf.metadata()).containsEntry("format", "DOCX");
    assertThat(docxNamedPdf.warnings()).containsExactly("the file is named .pdf but its content is DOCX; it was read as DOCX");
    assertThat(DocumentParserFormatsTest.tables(docxNamedPdf)).hasSize(1);

    // Word documents saved as RTF or HTML under a .doc name are common
    assertThat(parser.parse("ke-hoach.doc", Fixtures.rtf()).metadata()).containsEntry("format", "RTF");
    assertThat(parser.parse("ke-hoach.doc", Fixtures.html()).metadata()).containsEntry("format", "HTML");
    // a plain-text plan is plain text, whatever it is called; no name at all is fine too
    PlanDocument text = parser.parse("ke-hoach", Fixtures.planText().getBytes(StandardCharsets.UTF_8));
    assertThat(text.metadata()).containsEntry("format", "TXT");
    assertThat(text.warnings()).isEmpty();
  }

  @Test
  void garbageIsNotASupportedFormat() {
    byte[] random = new byte[20_000];
    new Random(42).nextBytes(random);
    for (String name : List.of("rac.docx", "rac.pdf", "rac.txt", "rac")) {
      UnreadableFileException e = failure(name, random);
      assertThat(e.reason()).as(name).isEqualTo(Reason.UNSUPPORTED_FORMAT);
    }
    assertThat(failure("rac.docx", random).detail()).contains("although the name ends in .docx");
  }

  @Test
  void otherFormatsAreNotSupported() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("ke-hoach.txt"));
      out.write(Fixtures.planText().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(failure("ho-so.zip", zip.toByteArray()).detail()).contains("ZIP archive");
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Nhiệm vụ").createRow(0).createCell(0).setCellValue("Tổ chức hội nghị");
      book.write(xlsx);
    }
    UnreadableFileException e = failure("nhiem-vu.xlsx", xlsx.toByteArray());
    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
    assertThat(e.detail()).contains("spreadsheetml");
  }

  @Test
  void fileOverTheSizeLimitIsNotRead(@TempDir Path dir) throws IOException {
    DocumentParser small = new DocumentParser(ParseLimits.defaults().withMaxFileBytes(1 << 20));
    try (small) {
      Path big = dir.resolve("lon.pdf");
      try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
        file.setLength(3L << 30); // 3 GB, sparse: reading it would exhaust the heap
      }
      assertThatThrownBy(() -> small.parse(big))
          .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("lon.pdf: the file is 3221225472 bytes, over the limit of 1048576 bytes");
          });
      // an endless stream is read only up to the limit
      InputStream endless = new InputStream() {
        @Override
        public int read() {
          return 'a';
        }
      };
      assertThatThrownBy(() -> small.parse("vo-tan.txt", endless))
          .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }
  }

  @Test
  void textOverTheCharacterLimit() {
    DocumentParser small = new DocumentParser(ParseLimits.defaults().withMaxCharacters(300));
    try (small) {
      UnreadableFileException e = failure(small, "dai.docx", Fixtures.docx());
      assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
      assertThat(e.detail()).contains("300 characters");
      assertThat(failure(small, "dai.txt", Fixtures.planText().getBytes(StandardCharsets.UTF_8)).reason())
          .isEqualTo(Reason.TOO_LARGE);
    }
  }

  @Test
  void parseThatTakesTooLongTimesOutAndTheParserCarriesOn() throws Exception {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 200_000; i++) {
      html.append("<p>Nhiệm vụ ").append(i).append(": tổ chức hội nghị thi đua</p>");
    }
    byte[] big = html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    DocumentParser hurried = new DocumentParser(ParseLimits.defaults().withTimeout(Duration.ofMillis(200)));
    try (hurried) {
      long start = System.nanoTime();
      UnreadableFileException e = failure(hurried, "cham.html", big);
      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e.detail()).contains("200 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
      // the same parser goes on with the next file
      PlanDocument small = hurried.parse("nho.txt", "Kế hoạch".getBytes(StandardCharsets.UTF_8));
      assertThat(DocumentParserFormatsTest.texts(small)).containsExactly("Kế hoạch");
    }
  }

  @Test
  void missingFileAndDirectory(@TempDir Path dir) {
    assertThatThrownBy(() -> parser.parse(dir.resolve("khong-co.docx")))
        .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.IO);
          assertThat(e.getMessage()).startsWith("khong-co.docx: the file does not exist");
        });
    assertThatThrownBy(() -> parser.parse(dir))
        .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO));
  }

  @Test
  void aBatchOfBadFilesLeavesTheParserWorking() throws Exception {
    byte[] docx = Fixtures.docx();
    List<byte[]> bad = List.of(new byte[0], Arrays.copyOf(docx, docx.length / 3), Fixtures.encryptedDocx(),
        Fixtures.zipBombDocx(50L << 20), new byte[] {1, 2, 3, 0, 5});
    for (byte[] content : bad) {
      failure("xau.docx", content);
    }
    assertThat(parser.parse("tot.docx", docx).blocks()).isNotEmpty();
  }

  @Test
  void oneParserServesManyThreads() throws Exception {
    byte[] docx = Fixtures.docx();
    PlanDocument expected = parser.parse("ke-hoach.docx", docx);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PlanDocument>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> parser.parse("ke-hoach.docx", docx)));
      }
      for (Future<PlanDocument> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closedParserSaysSo() {
    DocumentParser closed = new DocumentParser();
    closed.close();
    assertThatThrownBy(() -> closed.parse("a.txt", "a".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(Files.exists(Path.of("."))).isTrue();
  }
}
