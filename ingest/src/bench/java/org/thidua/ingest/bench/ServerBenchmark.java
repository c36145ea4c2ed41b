package org.thidua.ingest.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.ingest.search.SearchRequest;

/**
 * The server under load (BENCHMARKS.md, "Index and search"): starts {@code thidua-server.jar} with a 1 GB heap over
 * an existing index, sends {@code GET /api/tasks} with the benchmark's query mix from 1 and 16 concurrent clients,
 * and reports latency percentiles and the server's heap (used heap sampled every 200 ms through actuator metrics,
 * and the committed heap).
 *
 * <p>The server runs with the options the README recommends for a server ({@code -XX:+UseParallelGC -Xms1g -Xmx1g}):
 * {@code --gc G1 --xms 0} measures it as a bare {@code java -jar} would run it.
 *
 * <p>Arguments: {@code --jar FILE}, {@code --index DIR}, {@code --clients 1,16}, {@code --warmup S}, {@code --seconds S},
 * {@code --port N} (18080), {@code --xmx 1g}, {@code --xms SIZE} (the initial heap, by default the same as
 * {@code --xmx}; 0 leaves it to the JVM), {@code --cache N} (server result cache; 0 measures every search cold),
 * {@code --model-dir DIR}, {@code --gc Parallel|G1|Serial} (the server's collector, Parallel by default),
 * {@code --server-jvm "OPTIONS"} (more options for the server's JVM, such as a profiler's).
 */
public final class ServerBenchmark {
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int port = Integer.parseInt(a.getOrDefault("port", "18080"));
    String base = "http://localhost:" + port;
    String java = ProcessHandle.current().info().command().orElse("java");
    String xmx = a.getOrDefault("xmx", "1g");
    String xms = a.getOrDefault("xms", xmx);
    List<String> command = new ArrayList<>(List.of(java, "-XX:+Use" + a.getOrDefault("gc", "Parallel") + "GC", "-Xmx" + xmx));
    if (!xms.equals("0")) {
      command.add("-Xms" + xms);
    }
    if (a.containsKey("model-dir")) {
      command.add("-Dthidua.vncorenlp.dir=" + a.get("model-dir"));
    }
    if (a.containsKey("server-jvm")) {
      command.addAll(List.of(a.get("server-jvm").trim().split("\\s+"))); // e.g. a profiler's options
    }
    command.addAll(List.of("-jar", a.get("jar"), "--server.port=" + port,
        "--thidua.index-dir=" + Path.of(a.get("index")).toAbsolutePath(), "--thidua.load-samples=false",
        "--thidua.search-cache-size=" + a.getOrDefault("cache", "0"),
        "--management.endpoints.web.exposure.include=health,metrics", "--logging.level.root=WARN"));
    Process server = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(Path.of(a.getOrDefault("log", "target/bench-server.log")).toFile()).start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      long started = System.nanoTime();
      while (!up(http, base)) {
        if (!server.isAlive() || System.nanoTime() - started > 300_000_000_000L) {
          throw new IllegalStateException("the server did not start; see the log");
        }
        Thread.sleep(500);
      }
      System.out.printf("server up in %.1f s (%s)%n", (System.nanoTime() - started) / 1e9, String.join(" ", command.subList(1, command.size())));
      AtomicLong peakUsed = new AtomicLong();
      Thread sampler = Thread.ofPlatform().daemon().start(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            peakUsed.accumulateAndGet(metric(http, base, "jvm.memory.used"), Math::max);
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          } catch (Exception ignored) {
            // a missed sample
          }
        }
      });
      for (String c : a.getOrDefault("clients", "1,16").split(",")) {
        int clients = Integer.parseInt(c);
        run(http, base, clients, Integer.parseInt(a.getOrDefault("warmup", "10")), 7);
        long serverCpu0 = serverCpu(server);
        long ownCpu0 = ownCpu();
        long[] lat = run(http, base, clients, Integer.parseInt(a.getOrDefault("seconds", "30")), 11 + clients);
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
        System.out.printf("HTTP clients %2d: %6d requests in %ds, %7.1f/s; latency ms p50 %6.2f  p90 %6.2f  p99 %6.2f  max %6.2f%n",
            clients, lat.length, seconds, lat.length / (double) seconds, p(lat, 50), p(lat, 90), p(lat, 99), p(lat, 100));
        // both share the machine's cores: what the load generator spends is not available to the server
        System.out.printf("                 CPU per request ms: server %.2f, load generator (this process) %.2f%n",
            (serverCpu(server) - serverCpu0) / 1e6 / lat.length, (ownCpu() - ownCpu0) / 1e6 / lat.length);
      }
      sampler.interrupt();
      System.out.printf("server heap: max -Xmx%s, committed %d MB, peak used (sampled) %d MB%n",
          a.getOrDefault("xmx", "1g"), metric(http, base, "jvm.memory.committed") >> 20, peakUsed.get() >> 20);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /** CPU time of the server process so far, in nanoseconds (0 where the platform does not tell). */
  private static long serverCpu(Process server) {
    return server.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  private static long ownCpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static boolean up(HttpClient http, String base) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString())
          .statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)");

  /** A heap metric in bytes. */
  private static long metric(HttpClient http, String base, String name) throws Exception {
    String body = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/" + name + "?tag=area:heap")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = VALUE.matcher(body);
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }

  static String url(String base, SearchRequest r) {
    StringBuilder s = new StringBuilder(base).append("/api/tasks?q=").append(enc(r.query()));
    r.filters().forEach((dim, values) -> values.forEach(v -> s.append('&').append(dim.dim()).append('=').append(enc(v))));
    return s.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long[] run(HttpClient http, String base, int clients, int seconds, long seed) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    URI server = URI.create(base);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random r = new Random(seed * 31 + c);
      futures.add(pool.submit(() -> {
        long[] lat = new long[1024];
        int n = 0;
        // one kept-alive connection per client, as a browser or a script would hold
        try (KeepAliveClient client = new KeepAliveClient(server.getHost(), server.getPort())) {
          while (System.nanoTime() < end) {
            String path = url("", IndexSearchBenchmark.request(r));
            long t0 = System.nanoTime();
            KeepAliveClient.Response response = client.get(path);
            long t = System.nanoTime() - t0;
            if (response.status() != 200) {
              throw new IllegalStateException(response.status() + " for " + path);
            }
            if (n == lat.length) {
              lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = t;
          }
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    pool.shutdown();
    return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
  }

  private static double p(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
