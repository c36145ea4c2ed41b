package org.thidua.ingest.analytics.overlap;

import java.util.List;

/**
 * A task or obligation in a cluster.
 *
 * @param taskId the task's or obligation's id
 * @param planId its plan
 * @param docNumber the plan's number
 * @param issuer the plan's issuer
 * @param province the plan's province
 * @param year the plan's year
 * @param quarter the task's quarter
 * @param text as written
 * @param lead lead units (an obligation's unit)
 * @param similarity Jaccard similarity of its normalised shingles with the representative's
 */
public record OverlapMember(
    String taskId,
    String planId,
    String docNumber,
    String issuer,
    String province,
    Integer year,
    String quarter,
    String text,
    List<String> lead,
    double similarity) {}
