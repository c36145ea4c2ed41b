package org.thidua.ingest.plan;

/**
 * A named emulation movement or campaign, as quoted in the plan.
 *
 * @param name the quoted name without quotes
 */
public record Movement(String name) {}
