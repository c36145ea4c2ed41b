package org.thidua.ingest.index;

import java.nio.file.Path;
import org.thidua.ingest.PlanReader;
import org.thidua.schema.SchemaAnalyzers;

/** The standard parts an index is used with, shared by the command line and the server. */
public final class IndexComponents {
  private IndexComponents() {}

  /**
   * thidua's Vietnamese analyzers.
   *
   * @param modelDir VnCoreNLP model folder, or null for the default (system property, environment)
   */
  public static SchemaAnalyzers analyzers(Path modelDir) {
    return SchemaAnalyzers.thidua(modelDir);
  }

  /** Tika parsing and plan extraction; one reader for the life of the process. */
  public static PlanExtractor extractor() {
    return new PlanReader()::read;
  }
}
