package org.thidua.ingest.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.schema.SchemaAnalyzers;
import picocli.CommandLine.Option;

/** The options of a command that works on an index that must already exist: {@code --index} and {@code --model-dir}. */
final class ExistingIndex {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path dir;

  @Option(names = "--model-dir", paramLabel = "DIR", description = "VnCoreNLP word-segmentation model.")
  Path modelDir;

  /** Opens the index for writing; an error that says how to create one when there is none. */
  PlanIndex open() throws IOException {
    PlanIndex.requireExisting(dir);
    return PlanIndex.open(dir, SchemaAnalyzers.thidua(modelDir));
  }

  PlanIndex openReadOnly() throws IOException {
    return PlanIndex.openReadOnly(dir, SchemaAnalyzers.thidua(modelDir));
  }
}
