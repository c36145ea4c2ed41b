package org.thidua.ingest.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.thidua.ingest.index.IndexComponents;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.schema.FacetDimension;

/** Runs one task search in a loop, for a profiler (a development aid). Arguments: index folder, query, seconds. */
public final class LoopProbe {
  public static void main(String[] args) throws Exception {
    try (PlanIndex index = PlanIndex.openReadOnly(Path.of(args[0]), IndexComponents.analyzers(null))) {
      TaskSearch search = new TaskSearch(index);
      long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
      int n = 0;
      long t0 = System.nanoTime();
      while (System.nanoTime() < end) {
        search.search(new SearchRequest(args[1], n % 2 == 0 ? Map.of() : Map.of(FacetDimension.PROVINCE, List.of("Lào Cai")), 1, 20));
        n++;
      }
      System.out.printf("%d searches, %.2f ms each%n", n, (System.nanoTime() - t0) / 1e6 / n);
    }
  }
}
