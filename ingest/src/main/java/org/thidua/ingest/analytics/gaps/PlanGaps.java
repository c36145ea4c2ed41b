package org.thidua.ingest.analytics.gaps;

import java.util.List;

/**
 * The gaps of one plan.
 *
 * @param planId the plan
 * @param parent the plan it implements, when indexed
 * @param children indexed plans that implement it
 * @param missing what it leaves out or must do
 */
public record PlanGaps(String planId, PlanRef parent, List<PlanRef> children, List<Gap> missing) {}
