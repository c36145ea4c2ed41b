package org.thidua.ingest.parse;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The four real plans in {@code ../shared/seeds} (system property {@code thidua.shared.dir}, or env
 * {@code THIDUA_SHARED_DIR}). Missing: tests skip, except under CI=true, where they fail.
 */
public final class Seeds {

  private Seeds() {}

  public static Path dir() {
    String configured = System.getProperty("thidua.shared.dir");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("THIDUA_SHARED_DIR");
    }
    Path seeds = configured == null || configured.isBlank() ? null : Path.of(configured).resolve("seeds");
    boolean present = seeds != null && Files.isDirectory(seeds);
    String why = "the seeds folder is missing (" + seeds + "): set thidua.shared.dir or THIDUA_SHARED_DIR";
    if (!present && "true".equals(System.getenv("CI"))) {
      fail(why);
    }
    assumeTrue(present, why + "; skipping");
    return seeds;
  }

  public static Path seed(String prefix) {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new AssertionError("no seed " + prefix + "* in " + dir()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Path> all() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
