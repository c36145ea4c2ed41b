package org.thidua.analysis.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Skip-or-fail helpers for JUnit Jupiter tests. */
public final class Jupiter {
  private Jupiter() {}

  public static Path modelDir() {
    return require(SharedFiles.modelDir(), "VnCoreNLP model folder");
  }

  public static Path sharedDir() {
    return require(SharedFiles.sharedDir(), "shared folder");
  }

  private static Path require(Optional<Path> p, String what) {
    if (p.isEmpty()) {
      if (SharedFiles.onCi()) {
        fail(SharedFiles.missing(what));
      }
      Assumptions.abort(SharedFiles.missing(what));
    }
    return p.get();
  }
}
