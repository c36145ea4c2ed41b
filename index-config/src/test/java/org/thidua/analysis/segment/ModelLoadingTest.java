package org.thidua.analysis.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.analysis.testing.Jupiter;

/** Loading, hash pinning, the deserialization filter, malformed files and the fall-back. */
class ModelLoadingTest {
  @TempDir Path tmp;
  private Path copy;

  @BeforeEach
  void copyModel() throws Exception {
    Path dir = Jupiter.modelDir();
    copy = tmp.resolve("model");
    Files.createDirectories(copy.resolve("lists"));
    Files.copy(dir.resolve(SegmenterModel.RULES_FILE), copy.resolve(SegmenterModel.RULES_FILE));
    Files.copy(dir.resolve(SegmenterModel.VOCAB_FILE), copy.resolve(SegmenterModel.VOCAB_FILE));
    for (String l : SegmenterModel.LIST_FILES) {
      Files.copy(dir.resolve(l), copy.resolve(l));
    }
  }

  @Test
  void loadsAnIntactCopy() throws Exception {
    SegmenterModel m = SegmenterModel.load(copy);
    assertThat(m.vocabularySize()).isEqualTo(34_203);
    assertThat(m.segmenter().wordStarts(List.of("thi", "đua"))).containsExactly(true, false);
  }

  @Test
  void rejectsAChangedRuleFileByItsHash() throws Exception {
    Path rules = copy.resolve(SegmenterModel.RULES_FILE);
    Files.writeString(rules, Files.readString(rules).replace("\"quận\"", "\"huyện\""));
    assertThatThrownBy(() -> SegmenterModel.load(copy))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("wordsegmenter.rdr has SHA-256")
        .hasMessageContaining(SegmenterModel.RULES_SHA256);
  }

  @Test
  void rejectsATruncatedVocabulary() throws Exception {
    Path vocab = copy.resolve(SegmenterModel.VOCAB_FILE);
    byte[] bytes = Files.readAllBytes(vocab);
    Files.write(vocab, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> SegmenterModel.load(copy))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("vi-vocab has SHA-256");
    // and without the hash check, the reader itself refuses it
    assertThatThrownBy(() -> SegmenterModel.load(copy, false))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("not a readable serialized set of words");
  }

  @Test
  void theFilterRefusesOtherClasses() throws Exception {
    Set<Object> evil = new HashSet<>();
    evil.add("thi đua");
    evil.add(new java.util.Date(0)); // any class other than HashSet and String
    Files.write(copy.resolve(SegmenterModel.VOCAB_FILE), serialize(evil));
    assertThatThrownBy(() -> SegmenterModel.load(copy, false))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("refused by the deserialization filter");

    Files.write(copy.resolve(SegmenterModel.VOCAB_FILE), serialize(new ArrayList<>(List.of("thi đua"))));
    assertThatThrownBy(() -> SegmenterModel.load(copy, false))
        .hasMessageContaining("refused by the deserialization filter");

    // a set of strings passes the filter (only the pinned hash then stops it)
    Files.write(copy.resolve(SegmenterModel.VOCAB_FILE), serialize(new HashSet<>(Set.of("thi đua"))));
    assertThat(SegmenterModel.load(copy, false).vocabularySize()).isEqualTo(1);
    assertThatThrownBy(() -> SegmenterModel.load(copy)).hasMessageContaining("vi-vocab has SHA-256");
  }

  @Test
  void theFilterEnforcesDepth() throws Exception {
    Set<Object> outer = new HashSet<>();
    Set<Object> inner = new HashSet<>();
    Set<Object> innermost = new HashSet<>();
    innermost.add("x");
    inner.add(innermost);
    outer.add(inner);
    Files.write(copy.resolve(SegmenterModel.VOCAB_FILE), serialize(outer));
    assertThatThrownBy(() -> SegmenterModel.load(copy, false))
        .hasMessageContaining("refused by the deserialization filter");
  }

  private static byte[] serialize(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  @Test
  void rejectsMalformedRuleFiles() throws Exception {
    Path rules = copy.resolve(SegmenterModel.RULES_FILE);
    String good = Files.readString(rules);
    String[] bad = {
      "not a rule file\n",
      good + "\tobject.word == \"x\" object.conclusion = \"B\"\n",
      good + "\tobject.colour == \"x\" : object.conclusion = \"B\"\n",
      good + "\tobject.word == x : object.conclusion = \"B\"\n",
      "True : object.conclusion = \"NN\"\n\t\tobject.word == \"a\" : object.conclusion = \"B\"\n"
          + "\tobject.word == \"b\" : object.conclusion = \"B\"\n\t\t\tobject.word == \"c\" : object.conclusion = \"B\"\n"
          + "\t\tobject.word == \"d\" : object.conclusion = \"B\"\n",
    };
    String[] messages = {"line 1 is not the root", "no \" : \"", "unknown condition key colour",
      "value not in double quotes", "does not continue any earlier rule"};
    for (int k = 0; k < bad.length; k++) {
      Files.writeString(rules, bad[k]);
      assertThatThrownBy(() -> SegmenterModel.load(copy, false))
          .as(messages[k])
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining(messages[k]);
    }
    Files.write(rules, new byte[] {'T', 'r', 'u', 'e', (byte) 0xC3, (byte) 0x28});
    assertThatThrownBy(() -> SegmenterModel.load(copy, false)).hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void readsTheRuleFileQuirksLikeTheOriginal() throws Exception {
    // a rule on the word " degenerates to the boundary sentinel; "cc:" lines are comments
    Path rules = copy.resolve(SegmenterModel.RULES_FILE);
    Files.writeString(rules, "True : object.conclusion = \"NN\"\n"
        + "\tobject.nextWord1 == \"\"\" : object.conclusion = \"I\"\n"
        + "\tobject.word == \"cc:\" : object.conclusion = \"I\"\n");
    RdrWordSegmenter s = SegmenterModel.load(copy, false).segmenter();
    // the last token has the sentinel as next word: the rule fires there, not before a real "
    assertThat(s.wordStarts(List.of("một", "\"", "hai", "ba"))).containsExactly(true, true, true, false);
    assertThat(s.wordStarts(List.of("cc:", "cc:"))).containsExactly(true, false);
  }

  @Test
  void missingFilesAreNamed() throws Exception {
    Files.delete(copy.resolve("lists/vn-family-names.txt"));
    assertThatThrownBy(() -> SegmenterModel.load(copy))
        .hasMessageContaining("vn-family-names.txt is missing");
    assertThatThrownBy(() -> SegmenterModel.load(tmp.resolve("nowhere")))
        .hasMessageContaining("does not exist");
  }

  @Test
  void resolverFallsBackToSyllablesWithAReason() throws Exception {
    Files.writeString(copy.resolve(SegmenterModel.RULES_FILE), "True : object.conclusion = \"NN\"\n", StandardCharsets.UTF_8);
    WordSegmenters.Resolution r = WordSegmenters.resolve(copy.toString());
    assertThat(r.usesModel()).isFalse();
    assertThat(r.segmenter()).isSameAs(SyllableSegmenter.INSTANCE);
    assertThat(r.problem()).contains("SHA-256");
    assertThat(r.segmenter().wordStarts(List.of("thi", "đua"))).containsExactly(true, true);
    // analysis never throws, whatever is configured
    assertThat(WordSegmenters.forAnalysis(copy.toString())).isSameAs(SyllableSegmenter.INSTANCE);
    assertThat(WordSegmenters.forAnalysis(tmp.resolve("nowhere").toString())).isSameAs(SyllableSegmenter.INSTANCE);
    assertThat(WordSegmenters.forAnalysis("\u0000bad")).isSameAs(SyllableSegmenter.INSTANCE);
  }

  @Test
  void resolverLoadsEachFolderOnce() throws Exception {
    WordSegmenters.Resolution a = WordSegmenters.resolve(copy.toString());
    WordSegmenters.Resolution b = WordSegmenters.resolve(copy.resolve("lists").resolve("..").toString());
    assertThat(a.usesModel()).isTrue();
    assertThat(a.problem()).isNull();
    assertThat(b.segmenter()).isSameAs(a.segmenter());
    assertThat(a.segmenter().groupsWords()).isTrue();
  }

  @Test
  void configuredDirFollowsExplicitThenPropertyThenEnvironment() {
    String old = System.getProperty(WordSegmenters.DIR_PROPERTY);
    try {
      System.setProperty(WordSegmenters.DIR_PROPERTY, "/from/property");
      assertThat(WordSegmenters.configuredDir("/explicit")).contains(Path.of("/explicit"));
      assertThat(WordSegmenters.configuredDir(" ")).contains(Path.of("/from/property"));
      System.clearProperty(WordSegmenters.DIR_PROPERTY);
      String env = System.getenv(WordSegmenters.DIR_ENV);
      assertThat(WordSegmenters.configuredDir(null))
          .isEqualTo(env == null || env.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(env.strip())));
    } finally {
      if (old == null) {
        System.clearProperty(WordSegmenters.DIR_PROPERTY);
      } else {
        System.setProperty(WordSegmenters.DIR_PROPERTY, old);
      }
    }
  }
}
