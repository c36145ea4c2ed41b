package org.thidua.analysis.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * VnCoreNLP's word-segmentation model, loaded from a folder holding {@code wordsegmenter.rdr}, {@code vi-vocab}
 * and {@code lists/*.txt}, with both model files checked against pinned SHA-256 hashes. Immutable and safe to
 * share between threads; {@link #cached} loads each folder once per JVM.
 */
public final class SegmenterModel {
  public static final String RULES_FILE = "wordsegmenter.rdr";
  public static final String VOCAB_FILE = "vi-vocab";
  public static final String RULES_SHA256 = "9e62f96bd93e37a24f364238e8d8ae986fa5dad6dbc9f4eae622ab3651b7fa06";
  public static final String VOCAB_SHA256 = "0a47c5b55bbce163029d37730a67b9479740388695c29c106c112b815613eaa5";
  static final String LOCATIONS = "lists/vn-locations.txt";
  static final String COUNTRIES_MULTI = "lists/country-names-multi.txt";
  static final String COUNTRIES_SINGLE = "lists/country-names-single.txt";
  static final String SENTENCE_INITIAL = "lists/sentence-initial-words.txt";
  static final String COMPANIES = "lists/world-companies.txt";
  static final String MIDDLE_NAMES = "lists/vn-middle-names.txt";
  static final String FAMILY_NAMES = "lists/vn-family-names.txt";
  /** The word lists every model folder must hold. */
  public static final List<String> LIST_FILES = List.of(LOCATIONS, COUNTRIES_MULTI, COUNTRIES_SINGLE,
      SENTENCE_INITIAL, COMPANIES, MIDDLE_NAMES, FAMILY_NAMES);

  // per-syllable flags
  static final byte SINGLE_WORD = 1; // sentence-initial word, single-syllable country or company: begins a word
  static final byte MIDDLE_NAME = 2;
  static final byte FAMILY_NAME = 4;

  private static final ConcurrentHashMap<Path, Object> CACHE = new ConcurrentHashMap<>();

  final Path dir;
  final SyllableTable table;
  final byte[] flags;
  final SpanSet spans;
  final RuleTree tree;
  final int tagB;
  final int tagI;
  final int wordSentinel;
  final int tagSentinel;
  final int vocabularySize;

  private SegmenterModel(Path dir, Set<String> vocabulary, List<String>[] lists, List<RuleFile.Rule> rules) {
    this.dir = dir;
    this.vocabularySize = vocabulary.size();
    table = new SyllableTable();
    tagB = table.intern("B");
    tagI = table.intern("I");
    wordSentinel = table.intern(RuleFile.WORD_SENTINEL);
    tagSentinel = table.intern(RuleFile.TAG_SENTINEL);
    spans = new SpanSet();
    addSpans(vocabulary);
    addSpans(lists[LIST_FILES.indexOf(LOCATIONS)]);
    addSpans(lists[LIST_FILES.indexOf(COUNTRIES_MULTI)]);
    tree = new RuleTree(rules, table, "B");
    List<int[]> flagged = new ArrayList<>();
    for (String list : List.of(SENTENCE_INITIAL, COUNTRIES_SINGLE, COMPANIES)) {
      for (String w : lists[LIST_FILES.indexOf(list)]) {
        flagged.add(new int[] {table.intern(w), SINGLE_WORD});
      }
    }
    for (String w : lists[LIST_FILES.indexOf(MIDDLE_NAMES)]) {
      flagged.add(new int[] {table.intern(w), MIDDLE_NAME});
    }
    for (String w : lists[LIST_FILES.indexOf(FAMILY_NAMES)]) {
      flagged.add(new int[] {table.intern(w), FAMILY_NAME});
    }
    flags = new byte[table.size()];
    for (int[] f : flagged) {
      flags[f[0]] |= (byte) f[1];
    }
  }

  /** Words of 2 to 4 syllables, as the original joins tokens with one space; longer ones can never match. */
  private void addSpans(Iterable<String> words) {
    for (String w : words) {
      String[] parts = w.split(" ", -1);
      if (parts.length < 2 || parts.length > SpanSet.MAX) {
        continue;
      }
      int[] ids = new int[parts.length];
      boolean usable = true;
      for (int k = 0; k < parts.length; k++) {
        if (parts[k].isEmpty()) {
          usable = false; // tokens are never empty
          break;
        }
        ids[k] = table.intern(parts[k]);
      }
      if (usable) {
        spans.add(ids);
      }
    }
  }

  private volatile RdrWordSegmenter segmenter;

  /** The segmenter on this model, one per model (it is thread-safe). */
  public RdrWordSegmenter segmenter() {
    RdrWordSegmenter s = segmenter;
    if (s == null) {
      synchronized (this) {
        s = segmenter;
        if (s == null) {
          segmenter = s = new RdrWordSegmenter(this);
        }
      }
    }
    return s;
  }

  /** The folder the model was read from. */
  public Path directory() {
    return dir;
  }

  /** Number of entries in {@code vi-vocab}. */
  public int vocabularySize() {
    return vocabularySize;
  }

  /** Number of rules in the tree, root included. */
  public int ruleCount() {
    return tree.nodeCount();
  }

  /** The model of {@code dir}, loaded once per JVM (a failure is remembered too). */
  public static SegmenterModel cached(Path dir) throws InvalidModelException {
    Path key = dir.toAbsolutePath().normalize();
    Object o = CACHE.computeIfAbsent(key, k -> {
      try {
        return load(k);
      } catch (InvalidModelException e) {
        return e;
      }
    });
    if (o instanceof InvalidModelException e) {
      throw new InvalidModelException(e.getMessage(), e);
    }
    return (SegmenterModel) o;
  }

  /** Reads and verifies the model in {@code dir}. */
  public static SegmenterModel load(Path dir) throws InvalidModelException {
    return load(dir, true);
  }

  /** Tests read deliberately altered files with {@code verify = false}. */
  static SegmenterModel load(Path dir, boolean verify) throws InvalidModelException {
    if (!Files.isDirectory(dir)) {
      throw new InvalidModelException("VnCoreNLP model folder " + dir + " does not exist or is not a folder");
    }
    byte[] rulesBytes = read(dir, RULES_FILE);
    byte[] vocabBytes = read(dir, VOCAB_FILE);
    if (verify) {
      checkHash(dir, RULES_FILE, rulesBytes, RULES_SHA256);
      checkHash(dir, VOCAB_FILE, vocabBytes, VOCAB_SHA256);
    }
    @SuppressWarnings("unchecked")
    List<String>[] lists = new List[LIST_FILES.size()];
    for (int i = 0; i < lists.length; i++) {
      lists[i] = lines(dir, LIST_FILES.get(i));
    }
    Set<String> vocabulary = VocabularyReader.read(vocabBytes, dir.resolve(VOCAB_FILE).toString());
    List<RuleFile.Rule> rules;
    try (BufferedReader in = new BufferedReader(new StringReader(decode(dir, RULES_FILE, rulesBytes)))) {
      rules = RuleFile.read(in, dir.resolve(RULES_FILE).toString());
    } catch (InvalidModelException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidModelException(dir.resolve(RULES_FILE) + ": " + e.getMessage(), e);
    }
    return new SegmenterModel(dir, vocabulary, lists, rules);
  }

  private static byte[] read(Path dir, String name) throws InvalidModelException {
    Path file = dir.resolve(name);
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidModelException("VnCoreNLP model file " + file + " is missing");
    } catch (IOException e) {
      throw new InvalidModelException("cannot read VnCoreNLP model file " + file + ": " + e, e);
    }
  }

  private static void checkHash(Path dir, String name, byte[] bytes, String expected)
      throws InvalidModelException {
    String actual;
    try {
      actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JDK has SHA-256
    }
    if (!actual.equals(expected)) {
      throw new InvalidModelException("VnCoreNLP model file " + dir.resolve(name) + " has SHA-256 " + actual
          + ", expected " + expected + " (wrong version or damaged file)");
    }
  }

  private static String decode(Path dir, String name, byte[] bytes) throws InvalidModelException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidModelException(dir.resolve(name) + " is not UTF-8 text", e);
    }
  }

  private static List<String> lines(Path dir, String name) throws InvalidModelException {
    String text = decode(dir, name, read(dir, name));
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }
}
