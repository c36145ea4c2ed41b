package org.thidua.ingest.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.thidua.analysis.segment.RdrWordSegmenter;
import org.thidua.analysis.segment.WordSegmenter;
import org.thidua.analysis.segment.WordSegmenters;
import org.thidua.analysis.tokenize.TextTokenizer;
import org.thidua.analysis.tokenize.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code thidua.jar segment}: UTF-8 text on standard input, one line out per line in, words joined VnCoreNLP-style
 * ({@code Công_tác thi_đua , khen_thưởng năm 2022}). Streams line by line.
 */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Reads UTF-8 text on standard input and writes one line per input line: the tokens of each line with"
          + " the syllables of a word joined by _ and words separated by single spaces, as VnCoreNLP writes them"
          + " (Công_tác thi_đua , khen_thưởng năm 2022).",
      "Without a usable VnCoreNLP model it says so once on standard error and writes one word per syllable."
    })
public final class SegmentCommand implements Callable<Integer> {

  @Option(
      names = "--model-dir",
      paramLabel = "DIR",
      description = "VnCoreNLP word-segmentation model folder (wordsegmenter.rdr, vi-vocab, lists/);"
          + " default: environment variable " + WordSegmenters.DIR_ENV + ".")
  Path modelDir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    WordSegmenters.Resolution resolution = WordSegmenters.resolve(modelDir == null ? null : modelDir.toString());
    if (!resolution.usesModel()) {
      spec.commandLine().getErr().println("thidua segment: " + resolution.problem()
          + "; writing one word per syllable");
      spec.commandLine().getErr().flush();
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    WordSegmenter segmenter = resolution.segmenter();
    if (segmenter instanceof RdrWordSegmenter rdr) {
      segmenter = rdr.verbatim(); // a sentence may start with "_", exactly as VnCoreNLP writes it
    }
    segment(in, out, segmenter);
    out.flush();
    return 0;
  }

  /** Segments every line of {@code in} onto one line of {@code out}. */
  static void segment(BufferedReader in, Writer out, WordSegmenter segmenter) throws IOException {
    TextTokenizer tokenizer = TextTokenizer.vncorenlp(); // the output is compared with VnCoreNLP's
    Tokens tokens = new Tokens();
    StringBuilder line = new StringBuilder();
    boolean first = true;
    for (String text; (text = in.readLine()) != null; ) {
      if (first && text.startsWith("\uFEFF")) {
        text = text.substring(1); // a byte order mark is not text
      }
      first = false;
      char[] chars = text.toCharArray();
      tokens.clear();
      tokenizer.tokenize(chars, 0, chars.length, tokens);
      tokens.segment(segmenter, chars);
      line.setLength(0);
      tokens.appendSegmented(chars, line);
      line.append('\n');
      out.append(line);
    }
  }
}
