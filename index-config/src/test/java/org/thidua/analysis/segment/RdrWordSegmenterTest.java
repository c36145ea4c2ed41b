package org.thidua.analysis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.analysis.testing.Jupiter;
import org.thidua.analysis.testing.SharedFiles;

/** The optimised segmenter against the plain reference reading of SEGMENTER.md, on the real model. */
class RdrWordSegmenterTest {
  private static SegmenterModel model;
  private static RdrWordSegmenter segmenter;
  private static ReferenceSegmenter reference;

  @BeforeAll
  static void load() throws Exception {
    Path dir = Jupiter.modelDir();
    model = SegmenterModel.cached(dir);
    segmenter = model.segmenter();
    reference = new ReferenceSegmenter(dir);
  }

  private static String segment(String spaced) {
    List<String> tokens = ReferenceSegmenter.whitespaceTokens(spaced);
    return ReferenceSegmenter.join(tokens, segmenter.wordStarts(tokens));
  }

  @Test
  void segmentsTheSpecificationExample() {
    assertThat(segment("Công tác thi đua , khen thưởng năm 2022"))
        .isEqualTo("Công_tác thi_đua , khen_thưởng năm 2022");
  }

  @Test
  void segmentsPhrasesFromThePlans() {
    // a four-syllable lexicon entry (uỷ ban nhân dân), a location from the lists (lào cai)
    assertThat(segment("Ủy ban nhân dân tỉnh Lào Cai")).isEqualTo("Ủy_ban_nhân_dân tỉnh Lào_Cai");
    assertThat(segment("Hội đồng Thi đua - Khen thưởng")).contains("Hội_đồng");
    // both tone styles meet the same lexicon entry (the model's is the old style, uỷ)
    assertThat(segment("uỷ ban nhân dân các cấp")).isEqualTo("uỷ_ban_nhân_dân các cấp");
    assertThat(segment("ủy ban nhân dân các cấp")).isEqualTo("ủy_ban_nhân_dân các cấp");
    assertThat(segment("hòa bình")).isEqualTo(segment("hoà bình").replace("hoà", "hòa"));
  }

  @Test
  void firstTokenAlwaysBeginsAWord() {
    // a rule tags a sentence of the single word "trung" I; VnCoreNLP then writes "_trung"
    assertThat(reference.wordStarts(List.of("trung"), false)).containsExactly(false);
    assertThat(segmenter.verbatim().wordStarts(List.of("trung"))).containsExactly(false);
    assertThat(segmenter.wordStarts(List.of("trung"))).containsExactly(true);
    assertThat(segmenter.wordStarts(List.of())).isEmpty();
  }

  @Test
  void loadsTheWholeModel() {
    assertThat(model.vocabularySize()).isGreaterThan(30_000);
    assertThat(model.ruleCount()).isEqualTo(1447);
  }

  @Test
  void agreesWithTheReferenceOnEveryLineOfTheSeeds() throws Exception {
    Path shared = Jupiter.sharedDir();
    int lines = 0;
    int tokens = 0;
    for (Path seed : SharedFiles.seeds(shared)) {
      for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
        for (List<String> sentence : List.of(ReferenceSegmenter.whitespaceTokens(line), punctuationSplit(line))) {
          if (sentence.isEmpty()) {
            continue;
          }
          boolean[] expected = reference.wordStarts(sentence);
          boolean[] actual = segmenter.wordStarts(sentence);
          assertThat(ReferenceSegmenter.join(sentence, actual))
              .as("%s: %s", seed.getFileName(), line)
              .isEqualTo(ReferenceSegmenter.join(sentence, expected));
          tokens += sentence.size();
        }
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(600);
    assertThat(tokens).isGreaterThan(20_000);
  }

  /** Punctuation split off words, the way a tokenizer would, so that punctuation contexts are exercised. */
  private static List<String> punctuationSplit(String line) {
    return ReferenceSegmenter.whitespaceTokens(line.replaceAll("([,.;:()\"“”!?])", " $1 "));
  }

  @Test
  void agreesWithTheReferenceOnRandomTokenSequences() throws Exception {
    Path dir = Jupiter.modelDir();
    List<String> pool = new ArrayList<>();
    for (String l : SegmenterModel.LIST_FILES) {
      for (String line : Files.readAllLines(dir.resolve(l), StandardCharsets.UTF_8)) {
        pool.addAll(List.of(line.split(" ")));
      }
    }
    for (Path seed : SharedFiles.seeds(Jupiter.sharedDir())) {
      pool.addAll(punctuationSplit(Files.readString(seed)));
    }
    for (String line : Files.readAllLines(dir.resolve(SegmenterModel.RULES_FILE), StandardCharsets.UTF_8)) {
      for (String part : line.split("\"")) {
        if (!part.isBlank() && !part.contains(" ")) {
          pool.add(part);
        }
      }
    }
    String[] odd = {"LBKT", "RBKT", "\"", "''", "-", "2022", "91/2017/NĐ-CP", "ÒA", "hòa", "Hòa", "Ủy", "ỦY",
      "thúy", "Thúy", "İstanbul", "ΣΑΣ", "😀", "a😀", "Nguyễn", "Thị", "A", "B", "I", "<W>", "<T>", "x"};
    pool.addAll(List.of(odd));
    Random r = new Random(20240601);
    int checked = 0;
    int firstContinues = 0;
    for (int round = 0; round < 40_000; round++) {
      int n = 1 + r.nextInt(12);
      List<String> sentence = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        String t = pool.get(r.nextInt(pool.size()));
        switch (r.nextInt(6)) {
          case 0 -> t = capitalise(t);
          case 1 -> t = t.toUpperCase(java.util.Locale.ROOT);
          default -> { }
        }
        if (!t.isEmpty() && !t.contains(" ")) {
          sentence.add(t);
        }
      }
      if (sentence.isEmpty()) {
        continue;
      }
      assertThat(ReferenceSegmenter.join(sentence, segmenter.wordStarts(sentence)))
          .as("random sentence %s", sentence)
          .isEqualTo(ReferenceSegmenter.join(sentence, reference.wordStarts(sentence)));
      boolean[] verbatim = segmenter.verbatim().wordStarts(sentence);
      assertThat(verbatim).as("verbatim %s", sentence).containsExactly(reference.wordStarts(sentence, false));
      if (!verbatim[0]) {
        firstContinues++;
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(39_000);
    assertThat(firstContinues).as("sentences whose first token the rules join to nothing").isPositive();
  }

  private static String capitalise(String t) {
    return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + t.substring(1);
  }

  @Test
  void charRangeApiMatchesListApi() {
    String text = "xxCông tác thi đua khen thưởng";
    List<String> tokens = List.of("Công", "tác", "thi", "đua", "khen", "thưởng");
    int[] starts = new int[6];
    int[] ends = new int[6];
    int p = 2;
    for (int i = 0; i < 6; i++) {
      starts[i] = p;
      ends[i] = p + tokens.get(i).length();
      p = ends[i] + 1;
    }
    boolean[] out = new boolean[6];
    segmenter.wordStarts(text.toCharArray(), starts, ends, 0, 6, out);
    assertThat(out).containsExactly(segmenter.wordStarts(tokens));
    assertThat(ReferenceSegmenter.join(tokens, out)).isEqualTo("Công_tác thi_đua khen_thưởng");
  }
}
