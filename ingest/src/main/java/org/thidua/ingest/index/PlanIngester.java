package org.thidua.ingest.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.thidua.ingest.parse.UnreadableFileException;
import org.thidua.ingest.plan.Plan;

/**
 * Ingests files into a {@link PlanIndex}: reads and extracts them on worker threads, indexes them in input order,
 * and commits every {@code commitEvery} plans and at the end. A file that cannot be read is reported and skipped;
 * it never stops the batch. A crash loses at most the plans since the last commit, and running the same batch again
 * finds the committed ones unchanged and adds the rest.
 */
public final class PlanIngester {
  public static final int DEFAULT_COMMIT_EVERY = 100;
  public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;

  /** Hears about a batch as it runs. */
  public interface Listener {
    default void started(int files) {}

    default void finished(IngestOutcome outcome) {}

    default void committed(int plans) {}
  }

  private final PlanIndex index;
  private final PlanFileReader reader;
  private int commitEvery = DEFAULT_COMMIT_EVERY;
  private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;

  public PlanIngester(PlanIndex index, PlanFileReader reader) {
    this.index = index;
    this.reader = reader;
  }

  /** Commit after this many new or replaced plans (and at the end). */
  public PlanIngester commitEvery(int plans) {
    if (plans < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1");
    }
    this.commitEvery = plans;
    return this;
  }

  /** Files read and extracted at once. */
  public PlanIngester threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.threads = threads;
    return this;
  }

  /** Larger files are reported as failures without being read. */
  public PlanIngester maxFileBytes(long bytes) {
    this.maxFileBytes = bytes;
    return this;
  }

  /**
   * A file read, hashed and (unless already indexed) extracted, ready for {@link #index}.
   *
   * @param source where it comes from
   * @param fileName its name
   * @param bytes its content (null when it failed)
   * @param plan the extracted plan; null when already indexed or failed
   * @param existing the plan already indexed for these bytes
   * @param failure why the file cannot be read, or null
   * @param failureCode the {@link UnreadableFileException.Reason} when the reader gave one, else null
   */
  public record Prepared(
      String source,
      String fileName,
      byte[] bytes,
      Plan plan,
      IndexedPlan existing,
      String failure,
      String failureCode) {}

  public IngestSummary ingest(List<SourceFile> files, Listener listener) throws IOException {
    listener.started(files.size());
    List<IngestOutcome> outcomes = new ArrayList<>(files.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("thidua-extract-", 1).factory());
    int pending = 0;
    try {
      Deque<Future<Prepared>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * 2) {
          SourceFile file = files.get(next++);
          window.add(pool.submit(() -> prepare(file)));
        }
        IngestOutcome outcome = index(await(window.poll()));
        outcomes.add(outcome);
        listener.finished(outcome);
        if (outcome.status() == IngestOutcome.Status.INGESTED || outcome.status() == IngestOutcome.Status.REPLACED) {
          if (++pending >= commitEvery) {
            index.commit();
            listener.committed(pending);
            pending = 0;
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    index.commit();
    if (pending > 0) {
      listener.committed(pending);
    }
    return new IngestSummary(outcomes);
  }

  /** Ingests one file given as bytes; not committed. */
  public IngestOutcome ingest(String fileName, byte[] bytes, String source) throws IOException {
    return index(prepare(fileName, bytes, source));
  }

  private Prepared prepare(SourceFile file) {
    Path path = file.path();
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    try {
      long size = Files.size(path);
      if (size > maxFileBytes) {
        return failed(file.source(), name, "file too large: " + size + " bytes, the limit is " + maxFileBytes);
      }
      return prepare(name, Files.readAllBytes(path), file.source());
    } catch (IOException e) {
      return failed(file.source(), name, "cannot read the file: " + describe(e));
    }
  }

  /** Reads one file given as bytes: hashes it and, unless these bytes are indexed already, extracts its plan. */
  public Prepared prepare(String fileName, byte[] bytes, String source) {
    if (bytes.length > maxFileBytes) {
      return failed(source, fileName, "file too large: " + bytes.length + " bytes, the limit is " + maxFileBytes);
    }
    String sha256 = sha256(bytes);
    IndexedPlan existing = index.findBySha256(sha256).orElse(null);
    if (existing != null) {
      return new Prepared(source, fileName, bytes, null, existing, null, null);
    }
    try {
      Plan plan = reader.read(fileName, bytes);
      if (plan == null) {
        return failed(source, fileName, "no plan could be extracted");
      }
      if (!sha256.equals(plan.sha256()) || !sha256.startsWith(plan.id())) {
        throw new IllegalStateException("the reader gave plan " + plan.id() + " for a file with SHA-256 " + sha256);
      }
      return new Prepared(source, fileName, bytes, plan, null, null, null);
    } catch (IllegalStateException e) {
      throw e;
    } catch (UnreadableFileException e) {
      return new Prepared(source, fileName, null, null, null, e.detail(), e.reason().name());
    } catch (Exception e) {
      return failed(source, fileName, describe(e));
    } catch (StackOverflowError | OutOfMemoryError e) {
      // a pathological file, not a broken process: report it, keep the batch going
      return failed(source, fileName, "the file is too complex to read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Indexes a prepared file (not committed); a failed one is only reported. */
  public IngestOutcome index(Prepared p) throws IOException {
    if (p.failure() != null) {
      return IngestOutcome.failed(p.source(), p.fileName(), p.failure(), p.failureCode());
    }
    if (p.plan() == null) {
      return new IngestOutcome(
          p.source(), p.fileName(), IngestOutcome.Status.UNCHANGED, p.existing().planId(), null, null, null, null);
    }
    PlanIndex.PutResult result = index.put(p.plan(), p.source(), p.bytes());
    IngestOutcome.Status status =
        switch (result.change()) {
          case ADDED -> IngestOutcome.Status.INGESTED;
          case REPLACED -> IngestOutcome.Status.REPLACED;
          case UNCHANGED -> IngestOutcome.Status.UNCHANGED;
        };
    return new IngestOutcome(
        p.source(),
        p.fileName(),
        status,
        result.plan().planId(),
        result.replaced() == null ? null : result.replaced().planId(),
        null,
        null,
        status == IngestOutcome.Status.UNCHANGED ? null : p.plan());
  }

  private static Prepared failed(String source, String fileName, String reason) {
    return new Prepared(source, fileName, null, null, null, reason, null);
  }

  private static Prepared await(Future<Prepared> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("ingest interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
