package org.thidua.analysis;

import java.nio.file.Path;

/** {@link RetrievalTestBase} with VnCoreNLP's model. */
public class TestRetrievalWithModel extends RetrievalTestBase {
  @Override
  protected Path modelDir() {
    return SharedTestData.modelDir();
  }
}
