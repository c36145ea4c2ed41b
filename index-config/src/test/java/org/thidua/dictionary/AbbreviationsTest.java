package org.thidua.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.analysis.normalize.VietnameseNormalizer;
import org.thidua.dictionary.Abbreviations.Abbreviation;

class AbbreviationsTest {

  private final Abbreviations dict = Abbreviations.bundled();

  private List<String> expansionsOf(String token) {
    return dict.lookup(token).stream().flatMap(a -> a.expansions().stream()).toList();
  }

  @Test
  void bundledDictionaryCoversTheReferenceList() {
    assertThat(dict.entries()).hasSizeGreaterThanOrEqualTo(70);
    assertThat(expansionsOf("TĐKT")).containsExactly("thi đua, khen thưởng");
    assertThat(expansionsOf("UBND")).containsExactly("Ủy ban nhân dân");
    assertThat(expansionsOf("HĐND")).containsExactly("Hội đồng nhân dân");
    assertThat(expansionsOf("LĐLĐ")).containsExactly("Liên đoàn Lao động");
    assertThat(expansionsOf("CNVCLĐ")).containsExactly("công nhân, viên chức, lao động");
    assertThat(expansionsOf("MTTQ")).containsExactly("Mặt trận Tổ quốc");
    assertThat(expansionsOf("LĐTBXH")).containsExactly("lao động - thương binh và xã hội");
    assertThat(expansionsOf("TT")).containsExactly("Thường trực", "Thông tư");
  }

  @Test
  void bundledFileIsAlreadyNormalised() throws IOException {
    try (var in = Abbreviations.class.getClassLoader().getResourceAsStream(Abbreviations.BUNDLED_RESOURCE)) {
      String raw = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      raw.lines().forEach(line -> assertThat(VietnameseNormalizer.normalize(line)).isEqualTo(line));
    }
    assertThat(expansionsOf("VHXH")).containsExactly("văn hóa - xã hội");
    assertThat(expansionsOf("UBKT")).containsExactly("Ủy ban kiểm tra");
    for (Abbreviation a : dict.entries()) {
      assertThat(a.expansions()).allSatisfy(e -> assertThat(e).doesNotContain("uỷ", "Uỷ", "oà ", "oá ", "oả ", "oạ "));
    }
  }

  @Test
  void caseDoesNotMatterForTrueAbbreviations() {
    for (String form : List.of("TĐKT", "Tđkt", "tđkt", "TđKT")) {
      assertThat(expansionsOf(form)).as(form).containsExactly("thi đua, khen thưởng");
    }
    assertThat(expansionsOf("TTg")).containsExactly("Thủ tướng Chính phủ");
    assertThat(expansionsOf("ttg")).containsExactly("Thủ tướng Chính phủ");
  }

  @Test
  void withoutDiacriticsStillMatches() {
    for (String form : List.of("TDKT", "tdkt", "Tdkt")) {
      assertThat(expansionsOf(form)).as(form).containsExactly("thi đua, khen thưởng");
    }
    assertThat(expansionsOf("LDLD")).containsExactly("Liên đoàn Lao động");
    assertThat(expansionsOf("cnvcld")).containsExactly("công nhân, viên chức, lao động");
    assertThat(expansionsOf("ubnd")).containsExactly("Ủy ban nhân dân");
  }

  @Test
  void abbreviationsThatAreSyllablesNeedCapitals() {
    assertThat(Abbreviations.isSyllable("TU")).isTrue();
    assertThat(Abbreviations.isSyllable("ĐA")).isTrue();
    assertThat(Abbreviations.isSyllable("TĐKT")).isFalse();
    assertThat(Abbreviations.isSyllable("ANTT")).isFalse();
    assertThat(expansionsOf("TU")).containsExactly("Tỉnh ủy");
    assertThat(expansionsOf("tu")).isEmpty(); // "tu" is a word (to practise)
    assertThat(expansionsOf("Tu")).isEmpty();
    assertThat(expansionsOf("da")).isEmpty(); // "da" (skin), not Dự án
    assertThat(expansionsOf("đa")).isEmpty(); // as in "đa dạng"
    assertThat(expansionsOf("ĐA")).containsExactly("Đề án");
    assertThat(expansionsOf("DA")).containsExactly("Dự án"); // the exact form wins over the folded Đề án
    assertThat(expansionsOf("TƯ")).containsExactly("Trung ương");
    assertThat(expansionsOf("tư")).isEmpty();
  }

  @Test
  void ordinaryWordsAreNotAbbreviations() {
    for (String word : List.of("thi", "đua", "khen", "thưởng", "kiểm", "tra", "năm", "Ban", "Sở", "tỉnh", "2022",
        "91/2017/NĐ-CP", "")) {
      assertThat(dict.lookup(word)).as(word).isEmpty();
    }
  }

  @Test
  void expandReplacesAbbreviationsInText() {
    assertThat(dict.expand("Ban TĐKT, Sở Nội vụ")).isEqualTo("Ban thi đua, khen thưởng, Sở Nội vụ");
    assertThat(dict.expand("UBND tỉnh Lào Cai; HĐND, UBND tỉnh"))
        .isEqualTo("Ủy ban nhân dân tỉnh Lào Cai; Hội đồng nhân dân, Ủy ban nhân dân tỉnh");
    assertThat(dict.expand("ngành Lao động - TBXH (TĐKT)"))
        .isEqualTo("ngành Lao động - thương binh và xã hội (thi đua, khen thưởng)");
    assertThat(dict.expand("phát triển KT-XH")).isEqualTo("phát triển kinh tế - xã hội");
    // symbols are words of their own and stay whole; syllables stay words
    assertThat(dict.expand("Kế hoạch số 05/KH-UBND tu dưỡng")).isEqualTo("Kế hoạch số 05/KH-UBND tu dưỡng");
    // input is normalised
    assertThat(dict.expand("Uỷ ban\u00A0MTTQ")).isEqualTo("Ủy ban Mặt trận Tổ quốc");
    assertThat(dict.expand("")).isEmpty();
    // headings in capitals: TƯ between capital words is a word; alone, an abbreviation
    assertThat(dict.expand("SỞ TƯ PHÁP")).isEqualTo("SỞ TƯ PHÁP");
    assertThat(dict.expand("Văn phòng TƯ Đảng")).isEqualTo("Văn phòng Trung ương Đảng");
    assertThat(dict.expand("TT TU")).isEqualTo("Thường trực Tỉnh ủy");
  }

  @Test
  void agencyAbbreviationsWithAmpersandAreOneWord() {
    String[][] cases = {
      {"GD&ĐT", "giáo dục và đào tạo"},
      {"KH&CN", "khoa học và công nghệ"},
      {"KH&ĐT", "kế hoạch và đầu tư"},
      {"LĐ-TB&XH", "lao động - thương binh và xã hội"},
      {"TN&MT", "tài nguyên và môi trường"},
      {"NN&PTNT", "nông nghiệp và phát triển nông thôn"},
      {"VH,TT&DL", "văn hóa, thể thao và du lịch"},
      {"VH-TT&DL", "văn hóa, thể thao và du lịch"},
      {"TT&TT", "thông tin và truyền thông"},
    };
    for (String[] c : cases) {
      assertThat(expansionsOf(c[0])).as(c[0]).containsExactly(c[1]);
      // the pieces are not expanded one by one: KH of KH&CN is no Kế hoạch
      assertThat(dict.expand("Sở " + c[0] + " tỉnh")).isEqualTo("Sở " + c[1] + " tỉnh");
    }
    assertThat(expansionsOf("gd&dt")).containsExactly("giáo dục và đào tạo");
    assertThat(dict.expand("Sở KH&CN, Sở KH-ĐT")).isEqualTo("Sở khoa học và công nghệ, Sở KH-ĐT");
    // a comma joins only a listed form; elsewhere it still separates words
    assertThat(dict.expand("UBND,HĐND,1,5")).isEqualTo("Ủy ban nhân dân,Hội đồng nhân dân,1,5");
  }

  @Test
  void malformedLinesAreReportedWithTheirLine() {
    assertThatThrownBy(() -> Abbreviations.parse(new StringReader("# c\nTĐKT thi đua\n"), "x.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.tsv:2")
        .hasMessageContaining("no tab");
    assertThatThrownBy(() -> Abbreviations.parse(new StringReader("TĐKT\t \n"), "x.tsv"))
        .hasMessageContaining("x.tsv:1: empty");
    assertThatThrownBy(() -> Abbreviations.parse(new StringReader("TN CS\tthanh niên\n"), "x.tsv"))
        .hasMessageContaining("one word");
    byte[] latin1 = {'B', 'K', '\t', 'b', (byte) 0xE9, 'n'}; // "bén" in Latin-1, not UTF-8
    assertThatThrownBy(() -> Abbreviations.parse(new ByteArrayInputStream(latin1), "x.tsv"))
        .isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void loadsAFileWithBomAndSeveralExpansions(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.tsv");
    Files.writeString(file, "\uFEFFBK\tbằng khen\nBK\tbằng khen\nBK\tBộ Khoa\n\n# end\n");
    Abbreviations custom = Abbreviations.load(file);
    assertThat(custom.entries()).hasSize(1);
    assertThat(custom.lookup("bk").getFirst().expansions()).containsExactly("bằng khen", "Bộ Khoa");
  }
}
