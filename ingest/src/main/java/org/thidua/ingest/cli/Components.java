package org.thidua.ingest.cli;

import java.nio.file.Path;
import org.thidua.ingest.index.PlanExtractor;
import org.thidua.schema.SchemaAnalyzers;

/** The parts the commands are built from: the index's analyzers and the plan extractor. */
final class Components {
  private Components() {}

  /** @param modelDir VnCoreNLP model folder, or null for the default (property, environment) */
  static SchemaAnalyzers analyzers(Path modelDir) {
    throw new UnsupportedOperationException("Vietnamese analysis is not in this build yet (branch analysis)");
  }

  static PlanExtractor extractor() {
    throw new UnsupportedOperationException("plan extraction is not in this build yet (branch extract)");
  }
}
