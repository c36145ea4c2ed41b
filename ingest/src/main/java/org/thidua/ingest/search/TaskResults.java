package org.thidua.ingest.search;

import java.util.List;
import java.util.Map;

/**
 * A page of task hits.
 *
 * @param total all tasks that match
 * @param hits this page, best first
 * @param facets per dimension (province, year, quarter, unit, legalRef, issuer), values by count
 */
public record TaskResults(long total, List<TaskHit> hits, Map<String, List<FacetValue>> facets) {}
