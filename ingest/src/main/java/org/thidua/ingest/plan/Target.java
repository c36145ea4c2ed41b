package org.thidua.ingest.plan;

/**
 * A numeric target ("100% cơ quan, đơn vị đăng ký thi đua").
 *
 * @param value the figure as written ("100%", "15%")
 * @param text the sentence or clause that sets it
 */
public record Target(String value, String text) {}
