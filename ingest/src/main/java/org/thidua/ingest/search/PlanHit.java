package org.thidua.ingest.search;

import java.util.List;

/**
 * One plan found.
 *
 * @param planId the plan's id
 * @param docNumber its number ("05/KH-UBND")
 * @param docType kind of document ("Kế hoạch")
 * @param issuer issuing agency
 * @param province province as of the plan's date
 * @param currentProvince province after the 2025 merger
 * @param date ISO date, or "yyyy-MM"
 * @param year the plan's year
 * @param title its title
 * @param file original file name
 * @param tasks number of tasks
 * @param highlight the title with matches marked
 * @param snippets up to three tasks or obligations of the plan that match, marked
 */
public record PlanHit(
    String planId,
    String docNumber,
    String docType,
    String issuer,
    String province,
    String currentProvince,
    String date,
    Integer year,
    String title,
    String file,
    Integer tasks,
    String highlight,
    List<String> snippets) {}
