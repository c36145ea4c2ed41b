package org.thidua.ingest.index;

/**
 * What the index knows of a plan without loading it.
 *
 * @param planId the plan's id
 * @param sha256 SHA-256 of the original file
 * @param source where it came from (see {@link org.thidua.schema.Fields#SOURCE})
 */
public record IndexedPlan(String planId, String sha256, String source) {}
