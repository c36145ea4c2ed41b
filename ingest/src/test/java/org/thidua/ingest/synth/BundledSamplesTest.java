package org.thidua.ingest.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed files in samples/ are what their sources in samples/source build to. */
class BundledSamplesTest {

  static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");
  private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");

  @TempDir Path tmp;

  static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.list(SAMPLES.resolve("source"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void everySourceHasItsBuiltFileWithTheSameContent() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(FONTS.resolve("DejaVuSerif.ttf")) || "true".equals(System.getenv("CI")),
        "DejaVu fonts not installed (fonts-dejavu-core); cannot rebuild the PDF samples");
    SampleBuilder builder = new SampleBuilder(PdfPlanWriter.Fonts.dejaVuSerif(FONTS));
    List<Path> sources = sources();
    assertThat(sources).hasSizeGreaterThanOrEqualTo(12);
    for (Path src : sources) {
      SampleBuilder.Built built = builder.build(src, tmp);
      Path committed = SAMPLES.resolve(built.output().getFileName());
      assertThat(committed).as("built file of %s is committed", src.getFileName()).exists();
      String name = committed.getFileName().toString();
      if (name.endsWith(".pdf")) {
        // font subsets may differ between font versions: compare the text layer
        assertThat(pdfText(committed)).as(name).isEqualTo(pdfText(built.output()));
      } else {
        assertThat(Arrays.equals(Files.readAllBytes(committed), Files.readAllBytes(built.output())))
            .as("%s is up to date with %s (rebuild: see samples/README.md)", name, src.getFileName())
            .isTrue();
      }
    }
  }

  @Test
  void sourcesDescribeConsistentPlans() throws IOException {
    Set<String> numbers = new HashSet<>();
    Set<String> formats = new HashSet<>();
    Set<String> provinces = new HashSet<>();
    for (Path src : sources()) {
      PlanMarkup.Source s = PlanMarkup.parse(Files.readString(src, StandardCharsets.UTF_8));
      for (String key : List.of("file", "agency", "docNumber", "province", "currentProvince", "date", "year", "exercises")) {
        assertThat(s.get(key)).as("%s: %s", src.getFileName(), key).isNotBlank();
      }
      assertThat(s.require("number")).as(src.getFileName().toString()).endsWith(s.require("docNumber"));
      assertThat(s.require("date")).startsWith(s.require("year"));
      numbers.add(s.require("docNumber"));
      formats.add(s.require("file").substring(s.require("file").lastIndexOf('.') + 1));
      provinces.add(s.require("province"));
      Path built = SAMPLES.resolve(s.require("file"));
      String text = textOf(built);
      assertThat(text).as(built.getFileName().toString()).contains(s.require("docNumber"), "KẾ HOẠCH");
    }
    assertThat(formats).containsExactlyInAnyOrder("docx", "pdf", "txt");
    assertThat(provinces).hasSizeGreaterThanOrEqualTo(4);
    for (Path src : sources()) {
      PlanMarkup.Source s = PlanMarkup.parse(Files.readString(src, StandardCharsets.UTF_8));
      String parent = s.get("parent");
      if (parent != null) {
        assertThat(numbers).as("parent of %s is a sample", src.getFileName()).contains(parent);
        assertThat(textOf(SAMPLES.resolve(s.require("file")))).contains("Kế hoạch số " + parent);
      }
    }
  }

  @Test
  void tikaReadsEverySampleWithItsNumberAndTitle() throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    for (Path src : sources()) {
      PlanMarkup.Source s = PlanMarkup.parse(Files.readString(src, StandardCharsets.UTF_8));
      Path file = SAMPLES.resolve(s.require("file"));
      BodyContentHandler text = new BodyContentHandler(-1);
      Metadata meta = new Metadata();
      try (var in = TikaInputStream.get(file)) {
        parser.parse(in, text, meta, new ParseContext());
      }
      String expectedType =
          switch (s.require("file").substring(s.require("file").lastIndexOf('.') + 1)) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "pdf" -> "application/pdf";
            default -> "text/plain";
          };
      assertThat(meta.get(Metadata.CONTENT_TYPE)).as(file.getFileName().toString()).startsWith(expectedType);
      String title = s.draft().body().stream()
          .filter(b -> b instanceof DraftBlock.Text t && t.style() == DraftBlock.Style.TITLE)
          .map(b -> ((DraftBlock.Text) b).text())
          .findFirst()
          .orElseThrow();
      String flat = text.toString().replaceAll("\\s+", " ");
      assertThat(flat).as(file.getFileName().toString())
          .contains(s.require("docNumber"), title.substring(0, Math.min(40, title.length())), s.require("sign.name"));
    }
  }

  static String textOf(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      return pdfText(file);
    }
    if (name.endsWith(".docx")) {
      try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
        return new XWPFWordExtractor(doc).getText();
      }
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
