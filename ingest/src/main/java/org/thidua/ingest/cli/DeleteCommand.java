package org.thidua.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.thidua.ingest.index.IndexedPlan;
import org.thidua.ingest.index.PlanIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin ExistingIndex index;

  @Parameters(arity = "1..*", paramLabel = "PLAN_ID", description = "Ids of the plans (as search and the API show them).")
  List<String> planIds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int missing = 0;
    try (PlanIndex planIndex = index.open()) {
      for (String id : planIds) {
        var deleted = planIndex.delete(id);
        if (deleted.isPresent()) {
          IndexedPlan p = deleted.get();
          out.println("deleted " + p.planId() + " (" + p.source() + ")");
        } else {
          err.println("no plan " + id + " in " + index.dir);
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
