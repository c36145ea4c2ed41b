package org.thidua.analysis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.thidua.analysis.ThiduaAnalyzers;
import org.thidua.analysis.tokenize.TextTokenizer;
import org.thidua.analysis.tokenize.TokenType;
import org.thidua.analysis.tokenize.Tokens;

/**
 * The whole analyzers of {@link ThiduaAnalyzers} (normalisation char filter, tokenizer with or without word
 * segmentation, abbreviation expansion, lowercase, stop words, folding, flattening) on one thread, model loaded,
 * over the text of the four seed plans processed again and again, as one field value per plan. Syllables are
 * counted as in the segmentation benchmark (tokens of the input that are not punctuation); tokens are what the
 * analyzer emits (expansions included, stop words excluded). Both are reported as rates by the aux counters.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalyzerBenchmark {

  @Param({"exactIndex", "exactQuery", "foldedIndex", "foldedQuery"})
  public String analyzer;

  private String[] plans;
  private int syllablesPerPass;
  private int tokensPerPass;
  private Analyzer chain;

  /** Syllables read and tokens emitted, reported as rates per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long syllables;
    public long tokens;

    @Setup(Level.Iteration)
    public void clear() {
      syllables = 0;
      tokens = 0;
    }
  }

  @Setup
  public void setUp() throws IOException {
    Path shared = sharedDir();
    try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
      plans =
          seeds.filter(p -> p.toString().endsWith(".txt")).sorted().map(AnalyzerBenchmark::read)
              .toArray(String[]::new);
    }
    Tokens t = new Tokens();
    for (String plan : plans) {
      char[] chars = plan.toCharArray();
      t.clear();
      TextTokenizer.get().tokenize(chars, 0, chars.length, t);
      for (int i = 0; i < t.size(); i++) {
        if (t.type(i) != TokenType.PUNCT) {
          syllablesPerPass++;
        }
      }
    }
    Path model = modelDir();
    chain =
        switch (analyzer) {
          case "exactIndex" -> ThiduaAnalyzers.exactIndex(model);
          case "exactQuery" -> ThiduaAnalyzers.exactQuery(model);
          case "foldedIndex" -> ThiduaAnalyzers.foldedIndex(model);
          case "foldedQuery" -> ThiduaAnalyzers.foldedQuery(model);
          default -> throw new IllegalArgumentException(analyzer);
        };
    tokensPerPass = analyzeAll(null);
  }

  private static Path sharedDir() {
    String p = System.getProperty("thidua.shared.dir", System.getenv("THIDUA_SHARED_DIR"));
    if (p == null || !Files.isDirectory(Path.of(p))) {
      throw new IllegalStateException("set -Dthidua.shared.dir (or THIDUA_SHARED_DIR) to the shared folder");
    }
    return Path.of(p);
  }

  /** The model: {@code thidua.vncorenlp.dir}, else {@code <shared>/vncorenlp}; a wrong folder measures the fall-back. */
  private static Path modelDir() {
    String p = System.getProperty("thidua.vncorenlp.dir");
    return p != null && !p.isBlank() ? Path.of(p) : sharedDir().resolve("vncorenlp");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int analyzeAll(Blackhole bh) throws IOException {
    int tokens = 0;
    for (String plan : plans) {
      try (TokenStream ts = chain.tokenStream("body", plan)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          tokens++;
          if (bh != null) {
            bh.consume(term.length());
          }
        }
        ts.end();
      }
    }
    return tokens;
  }

  @TearDown
  public void tearDown() {
    chain.close();
  }

  /** The four seed plans through the analyzer, as an indexer or a highlighter would consume them. */
  @Benchmark
  public int analyze(Counters counters, Blackhole bh) throws IOException {
    int tokens = analyzeAll(bh);
    counters.syllables += syllablesPerPass;
    counters.tokens += tokensPerPass;
    return tokens;
  }
}
