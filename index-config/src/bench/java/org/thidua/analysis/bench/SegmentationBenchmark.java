package org.thidua.analysis.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.thidua.analysis.segment.RdrWordSegmenter;
import org.thidua.analysis.segment.SegmenterModel;
import org.thidua.analysis.tokenize.TextTokenizer;
import org.thidua.analysis.tokenize.TokenType;
import org.thidua.analysis.tokenize.Tokens;
import org.thidua.analysis.tokenize.VietnameseTokenizer;

/**
 * Segmentation speed on one thread, model loaded, over the text of the four seed plans (65 KB, about 15,000
 * syllables) processed again and again. A syllable is a token that is not punctuation (a syllable, number,
 * date or symbol), as counted by {@link TextTokenizer}; rates are reported by the aux counters below.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class SegmentationBenchmark {
  private char[] text;
  private List<char[]> lines;
  private List<Tokens> tokenizedLines;
  private int syllablesPerPass;
  private RdrWordSegmenter segmenter;
  private VietnameseTokenizer luceneTokenizer;
  private final Tokens tokens = new Tokens();
  private final TextTokenizer tokenizer = TextTokenizer.get();
  private final TextTokenizer vncorenlpTokenizer = TextTokenizer.vncorenlp();

  /** Syllables (and all tokens) processed, reported as rates per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long syllables;

    @Setup(Level.Iteration)
    public void clear() {
      syllables = 0;
    }
  }

  static Path sharedDir() {
    String p = System.getProperty("thidua.shared.dir", System.getenv("THIDUA_SHARED_DIR"));
    if (p == null || !Files.isDirectory(Path.of(p))) {
      throw new IllegalStateException("set -Dthidua.shared.dir (or THIDUA_SHARED_DIR) to the shared folder");
    }
    return Path.of(p);
  }

  static Path modelDir() {
    String p = System.getProperty("thidua.vncorenlp.dir");
    return p != null && !p.isBlank() ? Path.of(p) : sharedDir().resolve("vncorenlp");
  }

  @Setup
  public void setUp() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> seeds = Files.list(sharedDir().resolve("seeds"))) {
      for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(seed, StandardCharsets.UTF_8)).append('\n');
      }
    }
    text = all.toString().toCharArray();
    segmenter = SegmenterModel.cached(modelDir()).segmenter();
    lines = new ArrayList<>();
    tokenizedLines = new ArrayList<>();
    for (String line : all.toString().split("\n")) {
      char[] chars = line.toCharArray();
      Tokens t = new Tokens();
      tokenizer.tokenize(chars, 0, chars.length, t);
      lines.add(chars);
      tokenizedLines.add(t);
      for (int i = 0; i < t.size(); i++) {
        if (t.type(i) != TokenType.PUNCT) {
          syllablesPerPass++;
        }
      }
    }
    luceneTokenizer = new VietnameseTokenizer(segmenter);
  }

  /** Raw text to words: tokenization, sentence splitting and segmentation, line by line. */
  @Benchmark
  public int tokenizeAndSegment(Counters counters) {
    int words = 0;
    for (char[] line : lines) {
      tokens.clear();
      tokenizer.tokenize(line, 0, line.length, tokens);
      tokens.segment(segmenter, line);
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.wordStart(i)) {
          words++;
        }
      }
    }
    counters.syllables += syllablesPerPass;
    return words;
  }

  /** The same with the VnCoreNLP-style tokenizer the {@code segment} command uses. */
  @Benchmark
  public int tokenizeAndSegmentVnCoreNlpStyle(Counters counters) {
    int words = 0;
    for (char[] line : lines) {
      tokens.clear();
      vncorenlpTokenizer.tokenize(line, 0, line.length, tokens);
      tokens.segment(segmenter, line);
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.wordStart(i)) {
          words++;
        }
      }
    }
    counters.syllables += syllablesPerPass;
    return words;
  }

  /** Segmentation alone, on text already tokenized and split into sentences. */
  @Benchmark
  public int segmentOnly(Counters counters) {
    int words = 0;
    for (int k = 0; k < lines.size(); k++) {
      Tokens t = tokenizedLines.get(k);
      t.segment(segmenter, lines.get(k));
      words += t.size() > 0 && t.wordStart(t.size() - 1) ? 1 : 0;
    }
    counters.syllables += syllablesPerPass;
    return words;
  }

  /** The whole Lucene tokenizer (reading, tokenization, segmentation, attributes) over the seeds. */
  @Benchmark
  public void luceneTokenizer(Counters counters, Blackhole bh) throws IOException {
    luceneTokenizer.setReader(new StringReader(new String(text)));
    CharTermAttribute term = luceneTokenizer.getAttribute(CharTermAttribute.class);
    luceneTokenizer.reset();
    while (luceneTokenizer.incrementToken()) {
      bh.consume(term.length());
    }
    luceneTokenizer.end();
    luceneTokenizer.close();
    counters.syllables += syllablesPerPass;
  }
}
