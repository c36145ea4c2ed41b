package org.thidua.ingest.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import org.thidua.ingest.index.IngestOutcome;
import org.thidua.ingest.index.IngestOutcome.Status;
import org.thidua.ingest.index.PlanIngester;

/**
 * Progress of an ingest on standard error: a bar redrawn in place on a terminal, otherwise a plain line every 5%
 * (and one per failure, as they happen).
 */
final class IngestProgress implements PlanIngester.Listener {
  private static final int BAR = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
  private final long started = System.nanoTime();
  private int total;
  private int done;
  private int lastPercentPrinted = -1;

  IngestProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void started(int files) {
    total = files;
    if (!terminal) {
      err.println("ingesting " + files + " file" + (files == 1 ? "" : "s"));
    }
  }

  @Override
  public void finished(IngestOutcome outcome) {
    done++;
    counts.merge(outcome.status(), 1, Integer::sum);
    if (outcome.status() == Status.FAILED) {
      clearLine();
      err.println("failed: " + outcome.source() + ": " + outcome.reason());
    }
    if (terminal) {
      drawBar();
    } else {
      int percent = total == 0 ? 100 : done * 100 / total;
      if (percent / 5 > lastPercentPrinted / 5 || done == total) {
        lastPercentPrinted = percent;
        err.println("progress: " + done + "/" + total + " (" + percent + "%) " + tally());
      }
    }
  }

  /** Ends the bar's line so that what follows starts on a fresh one. */
  void end() {
    if (terminal && done > 0) {
      err.println();
    }
  }

  private void drawBar() {
    int filled = total == 0 ? BAR : done * BAR / total;
    double seconds = (System.nanoTime() - started) / 1e9;
    String rate = seconds > 0 ? String.format(" %.1f files/s", done / seconds) : "";
    err.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + total + " " + tally() + rate + "\u001b[K");
    err.flush();
  }

  private void clearLine() {
    if (terminal) {
      err.print("\r\u001b[K");
    }
  }

  private String tally() {
    return "ingested "
        + counts.getOrDefault(Status.INGESTED, 0)
        + ", replaced "
        + counts.getOrDefault(Status.REPLACED, 0)
        + ", unchanged "
        + counts.getOrDefault(Status.UNCHANGED, 0)
        + ", failed "
        + counts.getOrDefault(Status.FAILED, 0);
  }
}
