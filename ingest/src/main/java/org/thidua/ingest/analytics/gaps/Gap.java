package org.thidua.ingest.analytics.gaps;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something a plan is missing or has to do.
 *
 * @param kind "parent" (a parent's task addressed to this plan's agency with no matching task here), "checklist"
 *     (a recurring obligation missing, or misplaced when {@code misplaced}), "deadline" (a dated obligation)
 * @param text the parent's task, the checklist item, or the obligation
 * @param expectedQuarter the quarter it belongs in (deadline: the deadline's quarter)
 * @param unit who must do it: the unit the parent addressed, or the obligation's unit
 * @param item the checklist item's id
 * @param misplaced true when the item is present but in another quarter
 * @param foundQuarter where a misplaced item was found
 * @param deadline ISO date of a deadline
 * @param sourceTaskId the parent's task, or this plan's task or obligation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Gap(
    String kind,
    String text,
    String expectedQuarter,
    String unit,
    String item,
    Boolean misplaced,
    String foundQuarter,
    String deadline,
    String sourceTaskId) {
  public static final String PARENT = "parent";
  public static final String CHECKLIST = "checklist";
  public static final String DEADLINE = "deadline";
}
