package org.thidua.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.parse.UnreadableFileException.Reason;
import org.thidua.ingest.structure.PlanDocument;

/**
 * Scans: a PDF without a text layer and a PNG, rendered from Vietnamese text. With Tesseract and its
 * Vietnamese model they are read by OCR (tests skip without them, except under CI=true, where they fail);
 * with OCR off they are reported as needing OCR.
 */
class OcrTest {

  private static final List<String> LINES = List.of("KẾ HOẠCH", "Công tác thi đua, khen thưởng năm 2022",
      "Sở Nội vụ tổ chức hội nghị triển khai");

  private static void assumeTesseract() {
    assumeTrue(Fixtures.hasDejaVu(), "DejaVu Sans is not installed; skipping");
    if (!Ocr.get().available()) {
      String why = "OCR is not available (" + Ocr.get().problem() + "): " + Ocr.INSTALL_HINT;
      if ("true".equals(System.getenv("CI"))) {
        fail(why);
      }
      assumeTrue(false, why + "; skipping");
    }
  }

  @Test
  void scannedPdfIsReadByOcr() throws Exception {
    assumeTesseract();
    try (DocumentParser parser = new DocumentParser()) {
      PlanDocument doc = parser.parse("scan.pdf", Fixtures.scannedPdf(LINES));
      assertThat(DocumentParserFormatsTest.texts(doc)).containsExactlyElementsOf(LINES);
      assertThat(doc.metadata()).containsEntry("ocr", "tesseract vie, 1 page(s)");
      assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).contains("read by OCR"));
    }
  }

  @Test
  void imageIsReadByOcr() throws Exception {
    assumeTesseract();
    try (DocumentParser parser = new DocumentParser()) {
      PlanDocument doc = parser.parse("anh-chup.png", Fixtures.png(LINES));
      assertThat(doc.mediaType()).isEqualTo("image/png");
      assertThat(DocumentParserFormatsTest.texts(doc)).containsExactlyElementsOf(LINES);
    }
  }

  @Test
  void scannedPagesPastedIntoAWordFileAreReadByOcr() throws Exception {
    assumeTesseract();
    try (DocumentParser parser = new DocumentParser()) {
      PlanDocument doc = parser.parse("scan.docx", Fixtures.docxOfPicture(LINES));
      // the picture's own (empty) paragraph, then what OCR read in it
      assertThat(DocumentParserFormatsTest.texts(doc)).containsExactly("", LINES.get(0), LINES.get(1), LINES.get(2));
      assertThat(doc.warnings()).singleElement().asString().contains("1 picture(s) were read by OCR");
    }
  }

  @Test
  void picturesOfAWordFileWithTextAreNotRead() throws Exception {
    assumeTesseract();
    try (DocumentParser parser = new DocumentParser()) {
      byte[] docx = Fixtures.docx();
      PlanDocument doc = parser.parse("ke-hoach.docx", docx);
      assertThat(doc.warnings()).isEmpty();
      assertThat(doc.metadata()).doesNotContainKey("ocr");
    }
  }

  @Test
  void withOcrOffAScanNeedsOcr() {
    assumeTrue(Fixtures.hasDejaVu(), "DejaVu Sans is not installed; skipping");
    try (DocumentParser parser = new DocumentParser(ParseLimits.defaults().withOcr(OcrMode.OFF))) {
      for (var file : List.of(new Object[] {"scan.pdf", Fixtures.scannedPdf(LINES)}, new Object[] {"anh.png", Fixtures.png(LINES)},
          new Object[] {"scan.docx", Fixtures.docxOfPicture(LINES)})) {
        String name = (String) file[0];
        try {
          parser.parse(name, (byte[]) file[1]);
          fail(name + " should need OCR");
        } catch (UnreadableFileException e) {
          assertThat(e.reason()).isEqualTo(Reason.NEEDS_OCR);
          assertThat(e.getMessage()).startsWith(name + ": ").contains("needs OCR").contains("switched off");
        }
      }
    }
  }

  @Test
  void theHintSaysWhatToInstall() {
    assertThat(Ocr.INSTALL_HINT).contains("tesseract-ocr tesseract-ocr-vie");
  }
}
