package org.thidua.ingest.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;

/**
 * At most as many searches compute at once as the machine has processors; the others wait in arrival order. A
 * search is CPU-bound, so more at once only share the cores: each takes longer, and the operating system's
 * time-slicing lets some wait far longer than others — with 16 clients on 2 cores, the p99 was several times the
 * mean. Queued in order, a search waits for those before it and then runs at full speed.
 */
final class CpuSlots {
  /** System property: how many task searches may compute at once (default: the number of processors). */
  static final String PROPERTY = "thidua.search.slots";

  private static final Semaphore SLOTS =
      new Semaphore(Math.max(1, Integer.getInteger(PROPERTY, Runtime.getRuntime().availableProcessors())), true);

  private CpuSlots() {}

  static void acquire() throws IOException {
    try {
      SLOTS.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to search");
    }
  }

  static void release() {
    SLOTS.release();
  }
}
