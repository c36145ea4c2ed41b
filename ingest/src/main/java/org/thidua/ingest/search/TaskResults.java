package org.thidua.ingest.search;

import java.util.List;
import java.util.Map;

/**
 * A page of task hits.
 *
 * @param total all tasks that match
 * @param hits this page, best first
 * @param facets per dimension (province, year, quarter, unit, legalRef, issuer), values by count
 * @param facetsApproximate true when the counts were estimated from a uniform sample of the hits (more than
 *     50,000 of them), false when every hit was counted; {@code total} is always exact
 */
public record TaskResults(long total, List<TaskHit> hits, Map<String, List<FacetValue>> facets, boolean facetsApproximate) {}
