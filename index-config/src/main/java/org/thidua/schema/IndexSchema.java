package org.thidua.schema;

import java.util.List;

/** Version and id rules of the index; field names are in {@link Fields}, facets in {@link FacetDimension}. */
public final class IndexSchema {
  private IndexSchema() {}

  /**
   * Bumped whenever a field, an analyzer or a facet changes in a way an existing index cannot serve. Written into
   * every commit's user data under {@link #VERSION_KEY}; an index of another version is refused with a message
   * saying to re-ingest.
   */
  public static final int VERSION = 5;

  public static final String VERSION_KEY = "thidua.schema.version";

  /** Facets of task search, in the order the API lists them. */
  public static final List<FacetDimension> TASK_FACETS =
      List.of(
          FacetDimension.PROVINCE,
          FacetDimension.YEAR,
          FacetDimension.QUARTER,
          FacetDimension.UNIT,
          FacetDimension.LEGAL_REF,
          FacetDimension.ISSUER);

  /** Facets of plan search, in the order the API lists them. */
  public static final List<FacetDimension> PLAN_FACETS =
      List.of(
          FacetDimension.PROVINCE,
          FacetDimension.YEAR,
          FacetDimension.QUARTER,
          FacetDimension.UNIT,
          FacetDimension.LEGAL_REF,
          FacetDimension.ISSUER,
          FacetDimension.DOC_TYPE);

  /** Id of the task at 1-based position {@code ordinal} of plan {@code planId}. */
  public static String taskId(String planId, int ordinal) {
    return planId + "-t" + ordinal;
  }

  /** Id of the obligation at 1-based position {@code ordinal} of plan {@code planId}. */
  public static String obligationId(String planId, int ordinal) {
    return planId + "-o" + ordinal;
  }
}
