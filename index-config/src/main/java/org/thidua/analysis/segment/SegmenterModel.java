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
    int[] ids = new int[SpanSet.MAX];
    int[][] byLength = {null, null, new int[2], new int[3], new int[4]};
    for (String w : words) {
      int parts = 0;
      int from = 0;
      int n = w.length();
      boolean usable = true;
      while (true) {
        int space = w.indexOf(' ', from);
        int to = space < 0 ? n : space;
        if (to == from || parts == SpanSet.MAX) {
          usable = false; // an empty part (tokens are never empty) or too many syllables
          break;
        }
        ids[parts++] = table.intern(w, from, to);
        if (space < 0) {
          break;
        }
        from = space + 1;
      }
      if (usable && parts >= 2) {
        int[] span = byLength[parts];
        System.arraycopy(ids, 0, span, 0, parts);
        spans.add(span);
      }
    }
  }

  private volatile RdrWordSegmenter segmenter;
  private long[] loadNanos = new long[4];

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
    long t0 = System.nanoTime();
    if (!Files.isDirectory(dir)) {
      throw new InvalidModelException("VnCoreNLP model folder " + dir + " does not exist or is not a folder");
    }
    byte[] rulesBytes = read(dir, RULES_FILE);
    byte[] vocabBytes = read(dir, VOCAB_FILE);
    // the hashes, the lists and the rule file are read beside the lexicon's deserialization (2 cores); the
    // filter keeps that deserialization safe until the hash is known, and nothing is used before it is
    SideWork side = new SideWork(dir, rulesBytes, vocabBytes, verify);
    side.start();
    Set<String> vocabulary = null;
    InvalidModelException vocabularyError = null;
    try {
      vocabulary = VocabularyReader.read(vocabBytes, dir.resolve(VOCAB_FILE).toString());
    } catch (InvalidModelException e) {
      vocabularyError = e;
    }
    long t1 = System.nanoTime();
    try {
      side.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidModelException("interrupted while loading the VnCoreNLP model", e);
    }
    if (side.error != null) {
      throw side.error; // a wrong hash explains a bad lexicon best
    }
    if (vocabularyError != null) {
      throw vocabularyError;
    }
    long t2 = System.nanoTime();
    SegmenterModel model = new SegmenterModel(dir, vocabulary, side.lists, side.rules);
    long t3 = System.nanoTime();
    model.loadNanos = new long[] {t3 - t0, t1 - t0, t2 - t1, t3 - t2};
    return model;
  }

  /** Hashes both files, reads the lists and parses the rule file, on its own thread. */
  private static final class SideWork extends Thread {
    private final Path dir;
    private final byte[] rulesBytes;
    private final byte[] vocabBytes;
    private final boolean verify;
    List<String>[] lists;
    List<RuleFile.Rule> rules;
    InvalidModelException error;

    SideWork(Path dir, byte[] rulesBytes, byte[] vocabBytes, boolean verify) {
      super("thidua-model-load");
      setDaemon(true);
      this.dir = dir;
      this.rulesBytes = rulesBytes;
      this.vocabBytes = vocabBytes;
      this.verify = verify;
    }

    @Override
    public void run() {
      try {
        if (verify) {
          checkHash(dir, RULES_FILE, rulesBytes, RULES_SHA256);
          checkHash(dir, VOCAB_FILE, vocabBytes, VOCAB_SHA256);
        }
        @SuppressWarnings("unchecked")
        List<String>[] l = new List[LIST_FILES.size()];
        for (int i = 0; i < l.length; i++) {
          l[i] = lines(dir, LIST_FILES.get(i));
        }
        lists = l;
        try (BufferedReader in = new BufferedReader(new StringReader(decode(dir, RULES_FILE, rulesBytes)))) {
          rules = RuleFile.read(in, dir.resolve(RULES_FILE).toString());
        } catch (IOException e) {
          throw e instanceof InvalidModelException ime ? ime
              : new InvalidModelException(dir.resolve(RULES_FILE) + ": " + e.getMessage(), e);
        }
      } catch (InvalidModelException e) {
        error = e;
      } catch (RuntimeException e) {
        error = new InvalidModelException("cannot load the VnCoreNLP model in " + dir + ": " + e, e);
      }
    }
  }

  /** How long loading took, by phase (built on demand: no string work on the load path). */
  public String loadReport() {
    long[] n = loadNanos;
    return "loaded in " + n[0] / 1_000_000 + " ms (reading vi-vocab " + n[1] / 1_000_000
        + ", then waiting for hashes, lists and rules " + n[2] / 1_000_000 + ", index " + n[3] / 1_000_000 + ")";
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
