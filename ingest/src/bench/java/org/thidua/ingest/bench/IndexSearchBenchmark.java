package org.thidua.ingest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.search.SearchRequest;
import org.thidua.ingest.search.TaskResults;
import org.thidua.ingest.search.TaskSearch;
import org.thidua.schema.FacetDimension;
import org.thidua.schema.SchemaAnalyzers;

/**
 * Index and search benchmark (BENCHMARKS.md, "Index and search"): indexes generated plans up to a number of tasks,
 * reports the rate and the size, then runs the task search the API runs (query, filters, six facets with
 * drill-sideways, 20 highlighted hits) from 1 and from 16 concurrent clients and reports latency percentiles.
 *
 * <p>Arguments: {@code --tasks N} (1000000), {@code --dir DIR} (target/bench-index), {@code --threads N} indexing
 * threads (2), {@code --clients 1,16}, {@code --warmup S} (10), {@code --seconds S} (30), {@code --profile N} (first, the mean CPU of each query text over N searches), {@code --reuse} (search an
 * existing index), {@code --optimize N} (merge the index into at most N segments first, as {@code thidua.jar optimize}), {@code --cache N} (entries of the result cache; 0, the default, measures every search cold),
 * {@code --model-dir DIR}, {@code --seed N}.
 */
public final class IndexSearchBenchmark {
  public static void main(String[] args) throws Exception {
    Map<String, String> a = parse(args);
    long tasksWanted = Long.parseLong(a.getOrDefault("tasks", "1000000"));
    Path dir = Path.of(a.getOrDefault("dir", "target/bench-index"));
    int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
    int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
    long seed = Long.parseLong(a.getOrDefault("seed", "42"));
    Path modelDir = a.containsKey("model-dir") ? Path.of(a.get("model-dir")) : null;
    List<Integer> clients = Arrays.stream(a.getOrDefault("clients", "1,16").split(",")).map(Integer::valueOf).toList();

    System.out.printf("machine: %d processors, java %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    SchemaAnalyzers analyzers = SchemaAnalyzers.thidua(modelDir);
    if (!a.containsKey("reuse") || !Files.isDirectory(dir.resolve("lucene"))) {
      index(dir, analyzers, tasksWanted, threads, seed);
    }
    if (a.containsKey("optimize")) {
      // what `thidua.jar optimize` does after a large batch
      try (PlanIndex index = PlanIndex.open(dir, analyzers)) {
        long start = System.nanoTime();
        int[] counts = index.optimize(Integer.parseInt(a.get("optimize")));
        System.out.printf("optimize: %d segments into %d in %.1f s; lucene %d MB%n", counts[0], counts[1],
            (System.nanoTime() - start) / 1e9, size(dir.resolve("lucene")) >> 20);
      }
    }
    try (PlanIndex index = PlanIndex.openReadOnly(dir, analyzers)) {
      int cacheSize = Integer.parseInt(a.getOrDefault("cache", "0"));
      TaskSearch search = new TaskSearch(index, cacheSize);
      System.out.printf("%nsearch: %d plans; %d query texts, filters at random; result cache %s%n",
          index.planCount(), QUERIES.size(), cacheSize == 0 ? "off" : cacheSize + " entries");
      if (a.containsKey("profile")) {
        profile(search, Integer.parseInt(a.get("profile")));
      }
      accuracy(search);
      for (int c : clients) {
        run(search, c, warmup, seed); // warm-up, not reported
        Result r = run(search, c, seconds, seed + c);
        System.out.printf(
            "clients %2d: %6d searches in %ds, %7.1f/s; latency ms p50 %6.2f  p90 %6.2f  p99 %6.2f  max %6.2f; mean total hits %d%n",
            c, r.count, seconds, r.count / (double) seconds, r.percentile(50), r.percentile(90), r.percentile(99), r.percentile(100), r.meanTotal);
        System.out.printf(
            "            CPU per search ms: mean %6.2f  p50 %6.2f  p90 %6.2f  p99 %6.2f  (machine load average %.1f)%n",
            r.cpuMean(), r.cpuPercentile(50), r.cpuPercentile(90), r.cpuPercentile(99),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
  }

  // ---- indexing

  private static void index(Path dir, SchemaAnalyzers analyzers, long tasksWanted, int threads, long seed) throws Exception {
    deleteRecursively(dir);
    SyntheticPlanRecords generator = new SyntheticPlanRecords(seed);
    AtomicInteger next = new AtomicInteger();
    AtomicLong tasks = new AtomicLong();
    AtomicLong obligations = new AtomicLong();
    AtomicLong plans = new AtomicLong();
    long peakHeap = 0;
    long start = System.nanoTime();
    try (PlanIndex index = PlanIndex.open(dir, analyzers)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          while (tasks.get() < tasksWanted) {
            SyntheticPlanRecords.Generated g = generator.generate(next.getAndIncrement());
            index.put(g.plan(), "bench:" + g.plan().file(), g.bytes());
            tasks.addAndGet(g.plan().tasks().size());
            obligations.addAndGet(g.plan().obligations().size());
            if (plans.incrementAndGet() % 2000 == 0) {
              index.commit();
            }
          }
          return null;
        }));
      }
      while (!workers.stream().allMatch(Future::isDone)) {
        Thread.sleep(1000);
        peakHeap = Math.max(peakHeap, usedHeap());
        System.out.printf("\rindexed %d tasks", tasks.get());
      }
      for (Future<?> w : workers) {
        w.get();
      }
      pool.shutdown();
      index.commit();
    }
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%nindexing: %d plans, %d tasks, %d obligations in %.1f s with %d threads: %.0f tasks/s, %.1f plans/s%n",
        plans.get(), tasks.get(), obligations.get(), s, threads, tasks.get() / s, plans.get() / s);
    System.out.printf(
        "index size: lucene %d MB, original files %d MB; peak heap used while indexing %d MB%n",
        size(dir.resolve("lucene")) >> 20, size(dir.resolve("files")) >> 20, peakHeap >> 20);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  // ---- searching

  /** What inspectors type: words with and without diacritics, abbreviations, phrases; a share with filters. */
  static final List<String> QUERIES =
      List.of(
          "kiểm tra", "kiem tra", "tổng kết", "tong ket thi dua", "sơ kết 6 tháng", "khen thưởng đột xuất",
          "TĐKT", "thi đua khen thưởng", "\"văn hóa công sở\"", "điển hình tiên tiến", "dien hinh tien tien",
          "tập huấn nghiệp vụ", "hồ sơ đề nghị khen thưởng", "sáng kiến", "Chiến sĩ thi đua cơ sở", "cải cách hành chính",
          "phát động phong trào", "Cờ thi đua", "bang khen chu tich", "đăng ký thi đua", "khối thi đua", "Luật Thi đua",
          "rà soát", "quy chế", "");

  /** Latencies (wall clock) and CPU times (the searching thread's own) of every search, sorted. */
  private record Result(long[] latencies, long[] cpu, int count, long meanTotal) {
    double percentile(double p) {
      return percentile(latencies, p);
    }

    double cpuPercentile(double p) {
      return percentile(cpu, p);
    }

    double cpuMean() {
      return Arrays.stream(cpu).average().orElse(Double.NaN) / 1e6;
    }

    private double percentile(long[] sorted, double p) {
      if (count == 0) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100.0 * count) - 1;
      return sorted[Math.max(0, Math.min(count - 1, i))] / 1e6;
    }
  }

  static SearchRequest request(Random r) {
    SearchRequest request = SearchRequest.of(SyntheticPlanRecords.pick(r, QUERIES));
    int filters = r.nextInt(10);
    if (filters >= 6) {
      request = request.withFilter(FacetDimension.PROVINCE, SyntheticPlanRecords.pick(r, SyntheticPlanRecords.PROVINCES));
    }
    if (filters >= 8) {
      request = request.withFilter(FacetDimension.YEAR, Integer.toString(2021 + r.nextInt(5)));
    }
    if (filters == 9) {
      request = request.withFilter(FacetDimension.QUARTER, SyntheticPlanRecords.pick(r, SyntheticPlanRecords.QUARTERS));
    }
    return request;
  }

  /** Mean CPU per search of each query text, without and with a province filter, {@code rounds} times each. */
  private static void profile(TaskSearch search, int rounds) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String q : QUERIES) {
      for (boolean filtered : new boolean[] {false, true}) {
        SearchRequest request = SearchRequest.of(q);
        if (filtered) {
          request = request.withFilter(FacetDimension.PROVINCE, SyntheticPlanRecords.PROVINCES.get(0));
        }
        search.search(request); // warm
        long c0 = threads.getCurrentThreadCpuTime();
        long total = 0;
        for (int i = 0; i < rounds; i++) {
          total = search.search(request).total();
        }
        System.out.printf("  %-28s %-9s %8d hits  CPU %7.2f ms%n", '"' + q + '"', filtered ? "province" : "",
            total, (threads.getCurrentThreadCpuTime() - c0) / 1e6 / rounds);
      }
    }
  }

  /**
   * How far the estimated totals of broad searches are from the exact ones: every query text, alone and with the
   * first province as a filter.
   */
  private static void accuracy(TaskSearch search) throws Exception {
    int estimated = 0;
    double sum = 0;
    double worst = 0;
    String worstQuery = "";
    for (String q : QUERIES) {
      for (boolean filtered : new boolean[] {false, true}) {
        SearchRequest request = SearchRequest.of(q);
        if (filtered) {
          request = request.withFilter(FacetDimension.PROVINCE, SyntheticPlanRecords.PROVINCES.get(0));
        }
        TaskResults results = search.search(request);
        if (!results.totalApproximate()) {
          continue;
        }
        long exact = search.count(request);
        double error = Math.abs(results.total() - exact) / (double) Math.max(1, exact);
        estimated++;
        sum += error;
        if (error > worst) {
          worst = error;
          worstQuery = String.format("\"%s\"%s: %d for %d", q, filtered ? " + province" : "", results.total(), exact);
        }
      }
    }
    System.out.printf("estimated totals: %d of %d searches; error mean %.2f %%, max %.2f %% (%s)%n",
        estimated, QUERIES.size() * 2, estimated == 0 ? 0 : 100 * sum / estimated, 100 * worst, worstQuery);
  }

  private static Result run(TaskSearch search, int clients, int seconds, long seed) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[][]>> futures = new ArrayList<>();
    AtomicLong totals = new AtomicLong();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int c = 0; c < clients; c++) {
      Random r = new Random(seed * 31 + c);
      futures.add(pool.submit(() -> {
        long[] lat = new long[1024];
        long[] cpu = new long[1024];
        int n = 0;
        while (System.nanoTime() < end) {
          SearchRequest request = request(r);
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          TaskResults results = search.search(request);
          long t = System.nanoTime() - t0;
          long ct = threads.getCurrentThreadCpuTime() - c0;
          totals.addAndGet(results.total());
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
            cpu = Arrays.copyOf(cpu, n * 2);
          }
          lat[n] = t;
          cpu[n++] = ct;
        }
        return new long[][] {Arrays.copyOf(lat, n), Arrays.copyOf(cpu, n)};
      }));
    }
    List<long[][]> all = new ArrayList<>();
    for (Future<long[][]> f : futures) {
      all.add(f.get());
    }
    pool.shutdown();
    long[] latencies = all.stream().flatMapToLong(a -> Arrays.stream(a[0])).sorted().toArray();
    long[] cpu = all.stream().flatMapToLong(a -> Arrays.stream(a[1])).sorted().toArray();
    return new Result(latencies, cpu, latencies.length, latencies.length == 0 ? 0 : totals.get() / latencies.length);
  }

  // ---- helpers

  private static Map<String, String> parse(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i].replaceFirst("^--", "");
      if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        out.put(key, args[++i]);
      } else {
        out.put(key, "true");
      }
    }
    return out;
  }

  static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
