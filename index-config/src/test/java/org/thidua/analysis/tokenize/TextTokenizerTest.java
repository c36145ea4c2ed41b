package org.thidua.analysis.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thidua.analysis.testing.Jupiter;
import org.thidua.analysis.testing.SharedFiles;

class TextTokenizerTest {
  private static final TextTokenizer TOKENIZER = TextTokenizer.get();

  /** Tokens joined by spaces, sentences ended by " ⏎". */
  static String tokens(TextTokenizer tokenizer, String text) {
    char[] chars = text.toCharArray();
    Tokens t = new Tokens();
    tokenizer.tokenize(chars, 0, chars.length, t);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(t.text(chars, i));
      if (t.sentenceEnd(i) && i < t.size() - 1) {
        sb.append(" ⏎");
      }
    }
    return sb.toString();
  }

  static String types(String text) {
    char[] chars = text.toCharArray();
    Tokens t = new Tokens();
    TOKENIZER.tokenize(chars, 0, chars.length, t);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.text(chars, i) + "/" + t.type(i).name());
    }
    return String.join(" ", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // legal symbols, dates, numbers and percentages stay whole
    "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 | Nghị định số 91/2017/NĐ-CP ngày 31/7/2017",
    "Kế hoạch số 05/KH-UBND ngày 29/01/2022; | Kế hoạch số 05/KH-UBND ngày 29/01/2022 ;",
    "Chỉ thị 34-CT/TW, Kế hoạch 217/KH-LĐLĐ. | Chỉ thị 34-CT/TW , Kế hoạch 217/KH-LĐLĐ .",
    "(Quyết định 30/2014/QĐ-UBND) | ( Quyết định 30/2014/QĐ-UBND )",
    "Luật số 06/2022/QH15 | Luật số 06/2022/QH15",
    "đạt 100% chỉ tiêu, 1.000 người, 12,5% | đạt 100% chỉ tiêu , 1.000 người , 12,5%",
    "(12/7/1907 – 12/7/2022). | ( 12/7/1907 – 12/7/2022 ) .",
    "giai đoạn 2021-2025 | giai đoạn 2021-2025",
    "tháng 7/2017 và ngày 31/7 | tháng 7/2017 và ngày 31/7",
    // punctuation comes off words
    "Công tác thi đua, khen thưởng (TĐKT) | Công tác thi đua , khen thưởng ( TĐKT )",
    "phong trào “Cán bộ, công chức” | phong trào “ Cán bộ , công chức ”",
    "cụ thể như sau: | cụ thể như sau :",
    "a) Phong trào | a ) Phong trào",
    "Số: /KH-SLĐTBXH | Số : / KH-SLĐTBXH",
    "Lao động - Thương binh | Lao động - Thương binh",
    "v.v... | v.v ...",
    "phòng chống dịch COVID-19; | phòng chống dịch COVID-19 ;",
    "Sở LĐ-TBXH. | Sở LĐ-TBXH .",
    // abbreviations: listed dotted ones stay whole before a capitalised word or a number
    "TP. Lào Cai và Tp.Hà Nội | TP. Lào Cai và Tp. Hà Nội",
    "I. MỤC ĐÍCH | I. MỤC ĐÍCH",
    "II. NỘI DUNG | II . ⏎ NỘI DUNG",
    "KT. CHỦ TỊCH | KT. CHỦ TỊCH",
    "TM. ỦY BAN NHÂN DÂN | TM. ỦY BAN NHÂN DÂN",
    "TUQ. GIÁM ĐỐC | TUQ. GIÁM ĐỐC",
    "**KT. GIÁM ĐỐC** | * * KT. GIÁM ĐỐC * *",
    "Q. GIÁM ĐỐC | Q. GIÁM ĐỐC",
    "PGS. TS. Nguyễn Văn A, ThS. Trần B | PGS. TS. Nguyễn Văn A , ThS. Trần B",
    "(PGS.TS Lê C), GS.TS. Phạm D | ( PGS.TS Lê C ) , GS.TS . ⏎ Phạm D",
    "TX. Sa Pa, P. Cốc Lếu, TP.HCM | TX. Sa Pa , P. Cốc Lếu , TP. HCM",
    "xem tr. 15 và No. 5 | xem tr. 15 và No. 5",
    // ... but their dot is a full stop at a line end or before a lowercase word
    "- Lưu: VT, KT. | - Lưu : ⏎ VT , KT .",
    "có 5 TS. các | có 5 TS . các",
    // acronyms written without a dot are not abbreviations with one: the dot ends the sentence
    "công tác TĐKT. Đồng thời, UBND. Sở. Hết | công tác TĐKT . ⏎ Đồng thời , UBND . ⏎ Sở . ⏎ Hết",
    // a capitalised form without a vowel is no Vietnamese word: its dot is no full stop
    "Ng. Văn A và Mrs. Smith, Ths. B | Ng. Văn A và Mrs. Smith , Ths. B",
    // forms that always stay whole, also inside a longer chunk when they stand apart
    "V/v triển khai (b/c); Đ/c Nguyễn | V/v triển khai ( b/c ) ; Đ/c Nguyễn",
    "T/M BAN THƯỜNG VỤ | T/M BAN THƯỜNG VỤ",
    "tốc độ 60 km/h, 20 m²; v.v. Hết | tốc độ 60 km/h , 20 m² ; v.v. Hết",
    "https://laocai.gov.vn/v/v/t/h | https://laocai.gov.vn/v/v/t/h",
    // letters and digits together are one token
    "ca F0 (F1), U23. 20 m2. | ca F0 ( F1 ) , U23 . 20 m2 .", // no sentence end before a number
    // agency names abbreviated with & stay whole, like KT-XH and NĐ-CP
    "Sở GD&ĐT, Sở KH&CN và Sở KH&ĐT. | Sở GD&ĐT , Sở KH&CN và Sở KH&ĐT .",
    "(Sở LĐ-TB&XH), TN&MT; NN&PTNT: | ( Sở LĐ-TB&XH ) , TN&MT ; NN&PTNT :",
    "Bộ VH,TT&DL, Bộ VH-TT&DL, Sở TT&TT | Bộ VH,TT&DL , Bộ VH-TT&DL , Sở TT&TT",
    "“GD&ĐT” và R&D | “ GD&ĐT ” và R&D",
    "UBND,GD&ĐT | UBND , GD&ĐT", // a comma list of long acronyms is no agency name
    // ... but an & between spaces or against a lowercase letter is a mark of its own
    "A & B, rock&roll, Nam&Nữ, GD&Đào | A & B , rock & roll , Nam & Nữ , GD & Đào",
    // typed in lowercase, parts without a vowel are still an abbreviation (queries: "sở gd&đt")
    "sở gd&đt, kh&cn, r&d, vh,tt&dl | sở gd&đt , kh&cn , r&d , vh,tt&dl",
    "số 12/KH-SGD&ĐT ngày 1/2 | số 12/KH-SGD&ĐT ngày 1/2", // a legal symbol all the same
  })
  void tokenizesKeepingSymbolsAndAbbreviationsWhole(String text, String expected) {
    assertThat(tokens(TOKENIZER, text)).isEqualTo(expected);
  }

  @Test
  void typesTokens() {
    assertThat(types("Nghị định 91/2017/NĐ-CP ngày 31/7/2017 đạt 100% của 1.000 NĐ-CP, lúc 14:30"))
        .isEqualTo("Nghị/WORD định/WORD 91/2017/NĐ-CP/SYMBOL ngày/WORD 31/7/2017/DATE đạt/WORD 100%/PERCENT"
            + " của/WORD 1.000/NUM NĐ-CP/SYMBOL ,/PUNCT lúc/WORD 14:30/TIME");
    assertThat(types("GD&ĐT R&D VH,TT&DL")).isEqualTo("GD&ĐT/SYMBOL R&D/WORD VH,TT&DL/SYMBOL");
    assertThat(types("thu@mail.vn 2021-2025 Wi-Fi COVID-19 Lào-Cai"))
        .isEqualTo("thu@mail.vn/SYMBOL 2021-2025/NUM Wi-Fi/WORD COVID-19/SYMBOL Lào-Cai/WORD");
  }

  @Test
  void splitsSentences() {
    assertThat(tokens(TOKENIZER, "Thi đua là yêu nước. Yêu nước phải thi đua. 1. Mục đích"))
        .isEqualTo("Thi đua là yêu nước . ⏎ Yêu nước phải thi đua . 1 . ⏎ Mục đích"); // not before a digit
    // not before a lowercase word, a digit, a comma, or a closing quote
    assertThat(tokens(TOKENIZER, "ngày 1. tháng 2. 3 . , xong.” Hết"))
        .isEqualTo("ngày 1 . tháng 2 . 3 . , xong . ” Hết");
    // a colon before a numbered item
    assertThat(tokens(TOKENIZER, "như sau: 1. Một")).isEqualTo("như sau : ⏎ 1 . Một");
    // every line is at least a sentence
    assertThat(tokens(TOKENIZER, "một dòng\nhai dòng\r\n\nba")).isEqualTo("một dòng ⏎ hai dòng ⏎ ba");
  }

  @Test
  void handlesOddInput() {
    assertThat(tokens(TOKENIZER, "")).isEmpty();
    assertThat(tokens(TOKENIZER, " \n\t\u00A0 ")).isEmpty();
    assertThat(tokens(TOKENIZER, "...;;")).isEqualTo("... ⏎ ; ;");
    assertThat(tokens(TOKENIZER, "vui😀 quá 😀😀")).isEqualTo("vui😀 quá 😀😀");
    String longRun = "x".repeat(1000) + "," + "y".repeat(10);
    assertThat(tokens(TOKENIZER, longRun)).isEqualTo("x".repeat(255) + " " + "x".repeat(255) + " " + "x".repeat(255)
        + " " + "x".repeat(235) + " , " + "y".repeat(10));
  }

  @Test
  void shortcutGivesTheSameTokensAsTheGeneralPath() throws Exception {
    List<String> samples = new ArrayList<>();
    SharedFiles.sharedDir().ifPresent(shared -> {
      try {
        for (Path seed : SharedFiles.seeds(shared)) {
          samples.addAll(Files.readAllLines(seed, StandardCharsets.UTF_8));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String alphabet = "aăĐbBc19()[]{}\"“”‘’':;!?,.«»–—…·-/%&";
    Random r = new Random(11);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(8);
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      samples.add(sb.toString());
    }
    for (boolean vncorenlp : new boolean[] {false, true}) {
      TextTokenizer general = TextTokenizer.withoutShortcut(vncorenlp);
      TextTokenizer fast = vncorenlp ? TextTokenizer.vncorenlp() : TOKENIZER;
      for (String s : samples) {
        assertThat(tokens(fast, s)).as(s).isEqualTo(tokens(general, s));
      }
    }
  }

  @Test
  void vncorenlpStyleKeepsItsQuirks() {
    TextTokenizer v = TextTokenizer.vncorenlp();
    // a no-break space is no separator for VnCoreNLP
    assertThat(tokens(v, "\u00A0\u00A0 1. Nâng cao")).isEqualTo("\u00A0\u00A0 1 . ⏎ Nâng cao");
    assertThat(tokens(TOKENIZER, "\u00A0\u00A0 1. Nâng cao")).isEqualTo("1 . Nâng cao");
    // « » – — stay on words
    assertThat(tokens(v, "–Xã hội «Cán")).isEqualTo("–Xã hội «Cán");
    assertThat(tokens(TOKENIZER, "–Xã hội «Cán")).isEqualTo("– Xã hội « Cán");
    // a month/year with no letter before it keeps its chunk whole
    assertThat(tokens(v, "tháng 12/2021). x")).isEqualTo("tháng 12/2021). x");
    assertThat(tokens(TOKENIZER, "tháng 12/2021). x")).isEqualTo("tháng 12/2021 ) . x");
    // legal symbols stay whole in both
    assertThat(tokens(v, "(05/KH-UBND)")).isEqualTo("( 05/KH-UBND )");
    // a full stop after dotted or hyphenated letters stays on them
    assertThat(tokens(v, "Sở LĐ-TBXH. Hết v.v.")).isEqualTo("Sở LĐ-TBXH. Hết v.v.");
    assertThat(tokens(TOKENIZER, "Sở LĐ-TBXH. Hết NĐ-CP.")).isEqualTo("Sở LĐ-TBXH . ⏎ Hết NĐ-CP .");
    // abbreviations and alphanumeric tokens are kept in both
    assertThat(tokens(v, "KT. CHỦ TỊCH TP.HCM (F0)")).isEqualTo("KT. CHỦ TỊCH TP. HCM ( F0 )");
    // agency abbreviations with & stay whole (VnCoreNLP itself would cut them at the &)
    assertThat(tokens(v, "Sở GD&ĐT, Sở LĐ-TB&XH (Bộ VH,TT&DL) và R&D")).isEqualTo(
        "Sở GD&ĐT , Sở LĐ-TB&XH ( Bộ VH,TT&DL ) và R&D");
    assertThat(tokens(v, "rock&roll")).isEqualTo("rock & roll");
    // only \n and \r end lines
    assertThat(tokens(v, "một\u2028hai")).isEqualTo("một\u2028hai");
  }

  @Test
  void tokenizesTheSeedsIntoWholeTokens() throws Exception {
    Path shared = Jupiter.sharedDir();
    for (Path seed : SharedFiles.seeds(shared)) {
      String text = Files.readString(seed);
      char[] chars = text.toCharArray();
      Tokens t = new Tokens();
      TOKENIZER.tokenize(chars, 0, chars.length, t);
      assertThat(t.size()).isGreaterThan(1000);
      int prevEnd = 0;
      for (int i = 0; i < t.size(); i++) {
        assertThat(t.start(i)).isGreaterThanOrEqualTo(prevEnd);
        assertThat(t.end(i)).isGreaterThan(t.start(i));
        for (int k = prevEnd; k < t.start(i); k++) {
          assertThat(TextTokenizer.isSpace(chars[k])).as("only spaces between tokens").isTrue();
        }
        prevEnd = t.end(i);
      }
    }
  }
}
