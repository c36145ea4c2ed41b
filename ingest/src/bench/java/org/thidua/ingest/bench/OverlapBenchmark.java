package org.thidua.ingest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.thidua.ingest.analytics.overlap.OverlapFinder;
import org.thidua.ingest.analytics.overlap.OverlapResult;
import org.thidua.schema.SchemaAnalyzers;
import org.thidua.ingest.index.PlanIndex;

/**
 * Overlap clustering over a large index (BENCHMARKS.md, "Overlaps"): indexes generated plan records (with their LSH
 * band terms and shingles) until {@code --tasks} tasks, then times {@code OverlapFinder.find} over every task and
 * obligation, as {@code GET /api/overlaps} does without filters.
 *
 * <p>Arguments: {@code --tasks N} (1000000), {@code --dir DIR}, {@code --threads N} indexing threads (2),
 * {@code --runs N} timed clusterings (3), {@code --reuse} (cluster an index built before).
 */
public final class OverlapBenchmark {
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
        a.put(args[i].substring(2), flag ? "true" : args[++i]);
      }
    }
    long tasksWanted = Long.parseLong(a.getOrDefault("tasks", "1000000"));
    Path dir = Path.of(a.getOrDefault("dir", "target/bench-overlaps"));
    int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
    int runs = Integer.parseInt(a.getOrDefault("runs", "3"));
    System.out.printf("processors: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    if (!a.containsKey("reuse") || !Files.isDirectory(dir.resolve("lucene"))) {
      build(dir, tasksWanted, threads);
    }
    try (PlanIndex index = PlanIndex.openReadOnly(dir, SchemaAnalyzers.thidua(null))) {
      OverlapFinder finder = new OverlapFinder(index);
      for (int run = 1; run <= runs; run++) {
        long t0 = System.nanoTime();
        OverlapResult result = finder.find(OverlapFinder.TASKS_AND_OBLIGATIONS, finder.defaultMinSimilarity(), 0, 20);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            "clustering run %d: %d tasks and obligations, %d clustered in %d clusters, %d with double assignments, in %.1f s%n",
            run, result.candidates(), result.clustered(), result.total(), result.doubleAssignments(), s);
      }
    }
  }

  private static void build(Path dir, long tasksWanted, int threads) throws Exception {
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    SyntheticPlanRecords generator = new SyntheticPlanRecords(42);
    AtomicInteger next = new AtomicInteger();
    AtomicLong tasks = new AtomicLong();
    long t0 = System.nanoTime();
    try (PlanIndex index = PlanIndex.open(dir, SchemaAnalyzers.thidua(null))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        pool.submit(
            () -> {
              while (tasks.get() < tasksWanted) {
                SyntheticPlanRecords.Generated g = generator.generate(next.getAndIncrement());
                index.put(g.plan(), "bench:" + g.plan().file(), g.bytes());
                tasks.addAndGet(g.plan().tasks().size());
              }
              return null;
            });
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.DAYS);
      index.commit();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("indexing: %d plans, %d tasks in %.1f s (%.0f tasks/s)%n", next.get(), tasks.get(), s, tasks.get() / s);
  }
}
