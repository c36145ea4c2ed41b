package org.thidua.analysis;

import java.nio.file.Path;

/** {@link ThiduaAnalyzersTestBase} with VnCoreNLP's model: the exact field has words. */
public class TestThiduaAnalyzersWithModel extends ThiduaAnalyzersTestBase {

  @Override
  protected Path modelDir() {
    return SharedTestData.modelDir();
  }

  @Override
  protected boolean segmented() {
    return true;
  }
}
