package org.thidua.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;

/** The four real plans: one paragraph per line, empty lines and tabs kept, nothing "repaired". */
class SeedsParseTest {

  private static DocumentParser parser;

  @BeforeAll
  static void start() {
    parser = new DocumentParser();
  }

  @AfterAll
  static void stop() {
    parser.close();
  }

  @ParameterizedTest
  @CsvSource({
    // seed, lines, lines with a tab, blank lines (no-break spaces only count as blank)
    "000, 124, 19, 48",
    "001, 278, 84, 115",
    "002, 123, 0, 57",
    "003, 151, 35, 55",
  })
  void oneParagraphPerLine(String seed, int lines, int tabbed, int blank) throws Exception {
    Path file = Seeds.seed(seed);
    PlanDocument doc = parser.parse(file);
    assertThat(doc.mediaType()).isEqualTo("text/plain");
    assertThat(doc.metadata()).containsEntry("charset", "UTF-8").doesNotContainKey("legacyEncoding");
    assertThat(doc.warnings()).isEmpty();
    assertThat(doc.blocks()).hasSize(lines).allMatch(b -> b instanceof Paragraph p && !p.heading());
    List<String> texts = DocumentParserFormatsTest.texts(doc);
    assertThat(texts.stream().filter(t -> t.contains("\t"))).hasSize(tabbed);
    assertThat(texts.stream().filter(String::isEmpty)).hasSize(blank);
    // each paragraph is its line, NFC, no-break spaces made spaces, blank lines empty: nothing else changes,
    // leading spaces and tabs included
    List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < raw.size(); i++) {
      String expected = Normalizer.normalize(raw.get(i), Normalizer.Form.NFC).replace('\u00A0', ' ');
      boolean blankLine = expected.isBlank() && !expected.contains("\t"); // a line of tabs is an empty table row
      assertThat(texts.get(i)).as("line %d", i + 1).isEqualTo(blankLine ? "" : expected);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
    "000|3|Số: /KH-SLĐTBXH",
    "000|105|I\tCông việc thực hiện trong Quý I\t\t",
    "001|1| KẾ HOẠCH",
    "001|21|\tTT",
    "002|3|Số: /KH-SNV",
    "003|3|Số: *102* /KH-UBND",
    "003|57|I\tNhiệm vụ thực hiện trong quý I\t\t",
  })
  void knownLines(String seed, int line, String text) throws Exception {
    PlanDocument doc = parser.parse(Seeds.seed(seed));
    assertThat(DocumentParserFormatsTest.texts(doc).get(line - 1)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void combiningMarksBecomePrecomposed() throws Exception {
    Path file = Seeds.seed("001");
    String raw = Files.readAllLines(file, StandardCharsets.UTF_8).get(243);
    assertThat(Normalizer.isNormalized(raw, Normalizer.Form.NFC)).isFalse(); // the seed has a decomposed "ố"
    String parsed = DocumentParserFormatsTest.texts(parser.parse(file)).get(243);
    assertThat(parsed).contains("thành phố triển khai thực hiện Kế hoạch này");
    assertThat(Normalizer.isNormalized(parsed, Normalizer.Form.NFC)).isTrue();
  }
}
