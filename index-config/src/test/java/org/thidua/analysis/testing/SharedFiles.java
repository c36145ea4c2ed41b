package org.thidua.analysis.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Locates {@code ../shared} (seeds, VnCoreNLP model) for tests: system property {@code thidua.shared.dir}, else
 * env {@code THIDUA_SHARED_DIR}; the model folder is {@code thidua.vncorenlp.dir} if set, else
 * {@code <shared>/vncorenlp}. Missing material makes a test skip, except on CI ({@code CI=true}) where it fails.
 */
public final class SharedFiles {
  private SharedFiles() {}

  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  public static Optional<Path> sharedDir() {
    for (String v : new String[] {System.getProperty("thidua.shared.dir"), System.getenv("THIDUA_SHARED_DIR")}) {
      if (v != null && !v.isBlank() && Files.isDirectory(Path.of(v))) {
        return Optional.of(Path.of(v));
      }
    }
    return Optional.empty();
  }

  public static Optional<Path> modelDir() {
    String p = System.getProperty("thidua.vncorenlp.dir");
    if (p != null && !p.isBlank()) {
      return Files.isDirectory(Path.of(p)) ? Optional.of(Path.of(p)) : Optional.empty();
    }
    return sharedDir().map(d -> d.resolve("vncorenlp")).filter(Files::isDirectory);
  }

  /** The message for a missing folder: why the test cannot run. */
  public static String missing(String what) {
    return what + " not found: set system property thidua.shared.dir (or env THIDUA_SHARED_DIR) to the shared"
        + " folder" + (onCi() ? " (CI=true: failing instead of skipping)" : " (skipping)");
  }

  /** The seed plans' texts. */
  public static List<Path> seeds(Path shared) throws java.io.IOException {
    try (Stream<Path> s = Files.list(shared.resolve("seeds"))) {
      return new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
    }
  }
}
