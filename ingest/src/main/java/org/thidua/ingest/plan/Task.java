package org.thidua.ingest.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One row of a plan's task table or appendix.
 *
 * @param no the row number as printed ("12", "1.2"), or null
 * @param quarter "I", "II", "III", "IV", or "year-round"; null when the plan does not say
 * @param text the whole task text, joined across page and line breaks
 * @param lead units that lead (chủ trì)
 * @param support units that support (phối hợp), when the table has a separate column
 * @param deadline ISO date (or "yyyy-MM") when the row states a deadline
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Task(
    String no,
    String quarter,
    String text,
    List<ResponsibleUnit> lead,
    List<ResponsibleUnit> support,
    String deadline) {}
