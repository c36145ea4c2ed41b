package org.thidua.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.thidua.ingest.index.IndexedPlan;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.schema.SchemaAnalyzers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code thidua.jar delete --index DIR PLAN_ID...}. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete plans from the index by id, with their tasks, obligations and stored original files.",
      "Exit status: 0 when every plan was deleted, 3 when some id is not in the index."
    })
public final class DeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  Path index;

  @Option(names = "--model-dir", paramLabel = "DIR", description = "VnCoreNLP word-segmentation model.")
  Path modelDir;

  @Parameters(arity = "1..*", paramLabel = "PLAN_ID", description = "Ids of the plans (as search and the API show them).")
  List<String> planIds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanIndex.requireExisting(index);
    int missing = 0;
    try (PlanIndex planIndex = PlanIndex.open(index, SchemaAnalyzers.thidua(modelDir))) {
      for (String id : planIds) {
        var deleted = planIndex.delete(id);
        if (deleted.isPresent()) {
          IndexedPlan p = deleted.get();
          out.println("deleted " + p.planId() + " (" + p.source() + ")");
        } else {
          err.println("no plan " + id + " in " + index);
          missing++;
        }
      }
      planIndex.commit();
    }
    out.flush();
    err.flush();
    return missing == 0 ? 0 : 3;
  }
}
