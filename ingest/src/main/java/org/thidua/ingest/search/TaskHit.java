package org.thidua.ingest.search;

import java.util.List;

/**
 * One task found, with its plan's identity.
 *
 * @param taskId the task's id ({@code <planId>-t<n>})
 * @param planId the plan's id
 * @param text the task text as written
 * @param highlight the text with matches marked (see {@link Marks}); for HTML, escaped with {@code <mark>}
 * @param quarter I, II, III, IV, year-round, or null
 * @param lead lead units as written
 * @param support support units as written
 * @param docNumber the plan's number ("05/KH-UBND")
 * @param issuer the plan's issuing agency
 * @param province the plan's province
 * @param year the plan's year
 */
public record TaskHit(
    String taskId,
    String planId,
    String text,
    String highlight,
    String quarter,
    List<String> lead,
    List<String> support,
    String docNumber,
    String issuer,
    String province,
    Integer year) {}
