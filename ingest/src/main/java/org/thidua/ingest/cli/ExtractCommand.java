package org.thidua.ingest.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.parse.UnreadableFileException;
import org.thidua.ingest.plan.Plan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code thidua.jar extract [--format json|jsonl] FILE...}: one JSON object per plan, in the order of the
 * files. {@code json} (the default) prints one JSON array, pretty-printed, whose elements are written as they
 * are ready; {@code jsonl} prints one compact object per line. A file that cannot be read gives
 * {@code {"file", "error", "reason"}} in its place, and the others still come out. Exit status: 0 when at
 * least one file was read, 1 when none could be, 2 for a usage error.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract plans (identity, tasks, legal references, units, obligations) as JSON.",
    exitCodeOnInvalidInput = 2)
public final class ExtractCommand implements Callable<Integer> {

  /** Output format. */
  public enum Format { json, jsonl }

  @Option(names = "--format", defaultValue = "json", description = "json (one array, pretty) or jsonl (one line per plan); default ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--threads", defaultValue = "0", description = "files read at once (default: number of processors)")
  int threads;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "plan files: DOCX, DOC, ODT, RTF, PDF, HTML, TXT")
  List<Path> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static final JsonMapper COMPACT = JsonMapper.builder().build();
  private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err = spec.commandLine().getErr();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    int read = 0;
    boolean first = true;
    try (PlanReader reader = new PlanReader(); ExecutorService pool = Executors.newFixedThreadPool(n)) {
      if (format == Format.json) {
        out.print("[");
      }
      // a bounded window of files in flight, printed in order
      Deque<Future<Object>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < 2 * n) {
          Path file = files.get(next++);
          window.add(pool.submit(() -> readOne(reader, file)));
        }
        Object result = get(window.poll());
        if (result instanceof Plan) {
          read++;
        } else if (result instanceof Map<?, ?> failure) {
          err.println("thidua extract: " + failure.get("file") + ": " + failure.get("error"));
          err.flush();
        }
        if (format == Format.json) {
          out.print(first ? "\n" : ",\n");
          out.print(PRETTY.writeValueAsString(result));
        } else {
          out.println(COMPACT.writeValueAsString(result));
        }
        first = false;
        out.flush();
      }
      if (format == Format.json) {
        out.println(first ? "]" : "\n]");
      }
      out.flush();
    }
    return read > 0 ? 0 : 1;
  }

  private static Object readOne(PlanReader reader, Path file) {
    try {
      return reader.read(file);
    } catch (UnreadableFileException e) {
      return failure(e.fileName(), e.detail(), e.reason().name());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // an extraction bug must not cost the other files
      String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      return failure(name, "extraction failed: " + e, "EXTRACTION_FAILED");
    }
  }

  private static Map<String, String> failure(String file, String error, String reason) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("error", error);
    m.put("reason", reason);
    return m;
  }

  private static Object get(Future<Object> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
