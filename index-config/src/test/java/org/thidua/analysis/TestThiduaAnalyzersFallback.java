package org.thidua.analysis;

import java.nio.file.Path;

/** {@link ThiduaAnalyzersTestBase} without a model (an empty folder): both fields work on syllables. */
public class TestThiduaAnalyzersFallback extends ThiduaAnalyzersTestBase {

  private Path empty;

  @Override
  protected Path modelDir() {
    if (empty == null) {
      empty = createTempDir("no-model");
    }
    return empty;
  }

  @Override
  protected boolean segmented() {
    return false;
  }
}
