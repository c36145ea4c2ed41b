package org.thidua.ingest.analytics.overlap;

import java.util.List;

/**
 * @param candidates tasks and obligations searched
 * @param clustered those in a cluster
 * @param total clusters found
 * @param clusters the clusters of the requested page, biggest first
 * @param doubleAssignments clusters with an obligation given to different leads in one plan
 */
public record OverlapResult(long candidates, long clustered, int total, List<OverlapCluster> clusters, int doubleAssignments) {}
