package org.thidua.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.AssumptionViolatedException;

/**
 * Where tests find {@code ../shared} (seeds, VnCoreNLP model): system property {@code thidua.shared.dir}, else env
 * {@code THIDUA_SHARED_DIR}. Missing material skips the test, except under {@code CI=true}, where it fails.
 */
public final class SharedTestData {

  private SharedTestData() {}

  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Skips (or on CI fails) with {@code message} when {@code condition} is false. */
  public static void require(boolean condition, String message) {
    if (condition) {
      return;
    }
    if (onCi()) {
      throw new AssertionError(message + " (CI=true: this material is required)");
    }
    throw new AssumptionViolatedException(message + "; skipping");
  }

  public static Path sharedDir() {
    String dir = System.getProperty("thidua.shared.dir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("THIDUA_SHARED_DIR");
    }
    require(dir != null && !dir.isBlank(), "neither thidua.shared.dir nor THIDUA_SHARED_DIR is set");
    Path path = Path.of(dir);
    require(Files.isDirectory(path), "shared folder " + path + " does not exist");
    return path;
  }

  /** The VnCoreNLP model folder: {@code thidua.vncorenlp.dir}, else {@code <shared>/vncorenlp}; skips if absent. */
  public static Path modelDir() {
    String dir = System.getProperty("thidua.vncorenlp.dir");
    Path path = dir != null && !dir.isBlank() ? Path.of(dir) : sharedDir().resolve("vncorenlp");
    require(Files.isRegularFile(path.resolve("wordsegmenter.rdr")), "no VnCoreNLP model in " + path);
    return path;
  }

  /** The seed plans' texts, in file-name order. */
  public static List<String> seeds() throws IOException {
    Path seeds = sharedDir().resolve("seeds");
    require(Files.isDirectory(seeds), "no seeds folder in " + seeds.getParent());
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    require(!texts.isEmpty(), "no seed plans in " + seeds);
    return texts;
  }
}
