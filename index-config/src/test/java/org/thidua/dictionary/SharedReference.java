package org.thidua.dictionary;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared/reference} for tests: skips without it, except under CI=true, where it fails. */
final class SharedReference {

  private SharedReference() {}

  static Path dir() {
    String prop = System.getProperty("thidua.shared.dir");
    String env = System.getenv("THIDUA_SHARED_DIR");
    String base = prop != null && !prop.isBlank() ? prop : env;
    Path dir = base == null ? null : Path.of(base, "reference");
    if (dir == null || !Files.isRegularFile(dir.resolve(ReferenceDictionaryGenerator.LEGAL_FILE))) {
      String msg = "shared reference files not found (system property thidua.shared.dir or env THIDUA_SHARED_DIR: "
          + base + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(msg);
      }
      assumeTrue(false, msg + "; skipping");
    }
    return dir;
  }
}
