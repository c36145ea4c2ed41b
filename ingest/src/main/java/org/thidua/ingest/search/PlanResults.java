package org.thidua.ingest.search;

import java.util.List;
import java.util.Map;

/**
 * A page of plan hits.
 *
 * @param total all plans that match; above about 20,000 an estimate (see {@code totalApproximate})
 * @param hits this page, best first
 * @param facets per dimension (province, year, quarter, unit, legalRef, issuer, docType), values by count
 * @param facetsApproximate true when the counts were estimated from a sample of the hits (more than about 10,000
 *     of them), scaled to the total; false when every hit was counted
 * @param totalApproximate true when {@code total} itself was estimated from a systematic sample of document ranges
 *     (more than about 20,000 hits); the counts are then estimates too
 */
public record PlanResults(long total, List<PlanHit> hits, Map<String, List<FacetValue>> facets, boolean facetsApproximate, boolean totalApproximate) {}
