package org.thidua.ingest.plan;

/**
 * A unit (agency, office, board) named as responsible for a task or obligation.
 *
 * @param name as written in the plan ("Ban TĐKT, Sở Nội vụ")
 * @param canonical one name per body, abbreviations expanded ("Sở Nội vụ")
 */
public record ResponsibleUnit(String name, String canonical) {}
