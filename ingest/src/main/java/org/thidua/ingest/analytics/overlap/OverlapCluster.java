package org.thidua.ingest.analytics.overlap;

import java.util.List;

/**
 * Near-duplicate tasks and obligations.
 *
 * @param representative the text of the member most like the others
 * @param size members
 * @param plans distinct plans among the members
 * @param members the members, representative first
 * @param doubleAssignments one obligation given to different lead units within one plan
 */
public record OverlapCluster(
    String representative, int size, int plans, List<OverlapMember> members, List<DoubleAssignment> doubleAssignments) {

  /**
   * @param planId the plan
   * @param docNumber its number
   * @param taskIds the tasks that repeat the obligation
   * @param leads the different lead units
   */
  public record DoubleAssignment(String planId, String docNumber, List<String> taskIds, List<String> leads) {}
}
