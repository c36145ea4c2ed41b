package org.thidua.ingest.index;

import java.util.List;

/** The outcomes of one batch, in input order. */
public record IngestSummary(List<IngestOutcome> outcomes) {
  public IngestSummary {
    outcomes = List.copyOf(outcomes);
  }

  public long count(IngestOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  public List<IngestOutcome> failures() {
    return outcomes.stream().filter(o -> o.status() == IngestOutcome.Status.FAILED).toList();
  }
}
