package org.thidua.ingest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.thidua.ingest.synth.PlanGenerator;
import org.thidua.ingest.synth.SyntheticPlan;

/**
 * Extraction throughput harness (run by the {@code bench} Maven profile, see BENCHMARKS.md): generates
 * synthetic DOCX plans in memory, then has N threads read them end to end (Tika parse → structure →
 * extraction) for a fixed time after a warm-up, and reports plans per second and the peak heap in use,
 * sampled every 5 ms. Run it in a JVM with {@code -Xmx512m} to check the heap budget.
 *
 * <p>Arguments: {@code --plans 500 --threads 2 --warmup 15 --seconds 30 --seed 1 --pipeline plan|tika}.
 */
public final class ExtractionThroughput {

  /** One end-to-end read of a plan file; returns something derived from the plan so it is not optimised away. */
  @FunctionalInterface
  interface Pipeline {
    int read(String fileName, byte[] content) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int plans = intArg(args, "--plans", 500);
    int threads = intArg(args, "--threads", 2);
    int warmup = intArg(args, "--warmup", 15);
    int seconds = intArg(args, "--seconds", 30);
    long seed = intArg(args, "--seed", 1);

    System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    PlanGenerator generator = new PlanGenerator(seed);
    List<byte[]> docs = new ArrayList<>(plans);
    List<String> names = new ArrayList<>(plans);
    long bytes = 0;
    int tasks = 0;
    for (int i = 0; i < plans; i++) {
      SyntheticPlan p = generator.generate(i);
      byte[] docx = p.toDocx();
      docs.add(docx);
      names.add(p.fileName("docx"));
      bytes += docx.length;
      tasks += p.taskCount();
    }
    System.out.printf(Locale.ROOT, "%d synthetic DOCX plans, %.1f KB and %.1f tasks on average%n",
        plans, bytes / 1024.0 / plans, tasks / (double) plans);

    String which = stringArg(args, "--pipeline", "plan");
    Pipeline pipeline = which.equals("tika") ? Pipelines.tikaOnly() : Pipelines.endToEnd();
    System.out.println("pipeline: " + (which.equals("tika") ? "Tika parse only" : "PlanReader (read, parse, extract)"));
    HeapSampler heap = new HeapSampler();
    heap.start();
    Result warm = run(pipeline, docs, names, threads, warmup);
    System.out.printf(Locale.ROOT, "warm-up: %d plans in %d s (%.1f plans/s)%n", warm.plans, warmup, warm.rate(warmup));
    System.gc();
    heap.reset();
    long cpu0 = processCpuNanos();
    Result r = run(pipeline, docs, names, threads, seconds);
    long cpu = processCpuNanos() - cpu0;
    heap.stopSampling();
    System.out.printf(Locale.ROOT, "measured: %d plans in %d s on %d threads = %.1f plans/s; failures %d%n",
        r.plans, seconds, threads, r.rate(seconds), r.failures);
    // On a shared machine wall-clock rates depend on the neighbours; CPU time spent by this process (all its
    // threads: workers, GC, JIT) per plan does not, and gives the rate two dedicated cores would reach.
    double cpuSeconds = cpu / 1e9;
    System.out.printf(Locale.ROOT,
        "process CPU: %.1f s for %d plans = %.2f CPU-ms per plan -> %.1f plans/s on %d dedicated cores%n",
        cpuSeconds, r.plans, 1000 * cpuSeconds / r.plans, threads * r.plans / cpuSeconds, threads);
    System.out.printf(Locale.ROOT, "peak heap in use: %.1f MB (of max %d MB)%n",
        heap.peak() / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
    if (r.failures > 0) {
      System.exit(1);
    }
  }

  private record Result(long plans, long failures) {
    double rate(int seconds) {
      return plans / (double) seconds;
    }
  }

  private static Result run(Pipeline pipeline, List<byte[]> docs, List<String> names, int threads, int seconds)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                long sink = 0;
                while (!stop.get()) {
                  int i = (int) (next.getAndIncrement() % docs.size());
                  try {
                    sink += pipeline.read(names.get(i), docs.get(i));
                    done.incrementAndGet();
                  } catch (Exception e) {
                    if (failed.incrementAndGet() <= 3) {
                      System.err.println("failed on " + names.get(i) + ": " + e);
                    }
                  }
                }
                return sink;
              }));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Future<?> f : workers) {
      f.get();
    }
    pool.shutdown();
    return new Result(done.get(), failed.get());
  }

  /** Samples used heap every 5 ms; cheaper and closer to "what the process needed" than pool peaks. */
  private static final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
          peak = used;
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void reset() {
      peak = 0;
    }

    long peak() {
      return peak;
    }

    void stopSampling() {
      running = false;
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String stringArg(String[] args, String name, String dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }

  private static int intArg(String[] args, String name, int dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return dflt;
  }
}
