package org.thidua.ingest.index;

import java.nio.file.Files;
import java.nio.file.Path;
import org.thidua.schema.SchemaAnalyzers;

/**
 * thidua's analyzers for tests, with VnCoreNLP's model from {@code thidua.vncorenlp.dir}, else
 * {@code <thidua.shared.dir>/vncorenlp}; without either, the analyzers' own fall-back (syllables), which every test
 * of the index and search must pass too.
 */
public final class TestAnalyzers {
  private TestAnalyzers() {}

  public static Path modelDir() {
    String dir = System.getProperty("thidua.vncorenlp.dir");
    if (dir == null || dir.isBlank()) {
      String shared = System.getProperty("thidua.shared.dir", System.getenv("THIDUA_SHARED_DIR"));
      dir = shared == null ? null : Path.of(shared, "vncorenlp").toString();
    }
    return dir != null && Files.isDirectory(Path.of(dir)) ? Path.of(dir) : null;
  }

  public static SchemaAnalyzers create() {
    return SchemaAnalyzers.thidua(modelDir());
  }
}
