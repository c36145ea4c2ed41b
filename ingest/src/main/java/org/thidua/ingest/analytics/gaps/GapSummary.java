package org.thidua.ingest.analytics.gaps;

import java.util.List;
import java.util.Map;

/**
 * Gaps summed up across plans.
 *
 * @param plans plans covered
 * @param totals gaps by kind (parent, checklist, deadline) and misplaced checklist items ("misplaced")
 * @param byItem missing plans per checklist item
 * @param byPlan one line per plan
 */
public record GapSummary(int plans, Map<String, Integer> totals, Map<String, Integer> byItem, List<PlanLine> byPlan) {

  /**
   * @param parent the parent's number, when linked
   * @param parentMissing parent tasks not taken up
   * @param checklistMissing checklist items absent
   * @param checklistMisplaced checklist items in another quarter
   * @param deadlines dated obligations
   */
  public record PlanLine(
      String planId,
      String docNumber,
      String issuer,
      String province,
      Integer year,
      String parent,
      int children,
      int parentMissing,
      int checklistMissing,
      int checklistMisplaced,
      int deadlines) {}
}
