package org.thidua.analysis;

import java.nio.file.Path;

/** {@link RetrievalTestBase} without a model: both fields on syllables. */
public class TestRetrievalFallback extends RetrievalTestBase {
  @Override
  protected Path modelDir() {
    return createTempDir("no-model");
  }
}
