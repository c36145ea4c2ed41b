package org.thidua.ingest.index;

import org.thidua.ingest.plan.Plan;

/**
 * What happened to one file.
 *
 * @param source where the file came from (path, {@code upload:<name>})
 * @param fileName its name
 * @param status what happened
 * @param planId the plan now indexed for the file (null when it failed)
 * @param replacedPlanId the plan it replaced, with {@link Status#REPLACED}
 * @param reason why it failed, with {@link Status#FAILED}
 * @param reasonCode the reader's {@link org.thidua.ingest.parse.UnreadableFileException.Reason}, when it gave one
 * @param plan the extracted plan when it was extracted now (null when unchanged or failed)
 */
public record IngestOutcome(
    String source,
    String fileName,
    Status status,
    String planId,
    String replacedPlanId,
    String reason,
    String reasonCode,
    Plan plan) {

  public enum Status {
    /** A new plan. */
    INGESTED,
    /** The file changed since it was ingested from the same source: the old plan was replaced. */
    REPLACED,
    /** The same bytes are already indexed: nothing to do. */
    UNCHANGED,
    /** The file could not be read; nothing was indexed. */
    FAILED
  }

  static IngestOutcome failed(String source, String fileName, String reason, String reasonCode) {
    return new IngestOutcome(source, fileName, Status.FAILED, null, null, reason, reasonCode, null);
  }
}
