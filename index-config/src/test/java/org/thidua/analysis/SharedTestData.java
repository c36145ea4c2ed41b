package org.thidua.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.AssumptionViolatedException;
import org.thidua.analysis.testing.SharedFiles;

/**
 * {@link SharedFiles} for Lucene-style (JUnit 4) tests: missing seeds or model skip the test, except under {@code
 * CI=true}, where they fail it.
 */
public final class SharedTestData {

  private SharedTestData() {}

  private static Path require(Optional<Path> path, String what) {
    if (path.isPresent()) {
      return path.get();
    }
    if (SharedFiles.onCi()) {
      throw new AssertionError(SharedFiles.missing(what));
    }
    throw new AssumptionViolatedException(SharedFiles.missing(what));
  }

  public static Path sharedDir() {
    return require(SharedFiles.sharedDir(), "shared folder");
  }

  /** The VnCoreNLP model folder: {@code thidua.vncorenlp.dir}, else {@code <shared>/vncorenlp}. */
  public static Path modelDir() {
    return require(SharedFiles.modelDir(), "VnCoreNLP model folder");
  }

  /** The seed plans' texts, in file-name order. */
  public static List<String> seeds() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : SharedFiles.seeds(sharedDir())) {
      texts.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    require(texts.isEmpty() ? Optional.empty() : Optional.of(sharedDir()), "seed plans");
    return texts;
  }
}
