package org.thidua.schema;

import java.util.Arrays;
import java.util.Optional;

/**
 * Facet dimensions: each is indexed as sorted-set doc values (counting, drill-sideways) and as a drill-down term.
 * Plan-level dimensions are copied onto every task and obligation of the plan, so that task search can be narrowed
 * by the plan's province, issuer or year.
 */
public enum FacetDimension {
  /** Province as of the plan's date. */
  PROVINCE("province", false, true),
  /** Province after the 2025 merger. */
  CURRENT_PROVINCE("currentProvince", false, true),
  /** The issuing agency as named in the plan's header. */
  ISSUER("issuer", false, true),
  /** The plan's year, four digits. */
  YEAR("year", false, true),
  /** Task quarter (I, II, III, IV, year-round); on a plan, every quarter its tasks fall in. */
  QUARTER("quarter", true, false),
  /** Canonical names of responsible units: a task's lead and support units, an obligation's unit, a plan's all. */
  UNIT("unit", true, false),
  /** Canonical ids of the documents the plan cites ("91/2017/NĐ-CP"). */
  LEGAL_REF("legalRef", true, true),
  /** The kind of document ("Kế hoạch"). */
  DOC_TYPE("docType", false, true);

  private final String dim;
  private final boolean multiValued;
  private final boolean ofPlan;

  FacetDimension(String dim, boolean multiValued, boolean ofPlan) {
    this.dim = dim;
    this.multiValued = multiValued;
    this.ofPlan = ofPlan;
  }

  /**
   * Whether the values belong to the plan, the same on the plan document and on each of its tasks and
   * obligations (province, year, cited documents …), rather than to each task (quarter, unit). Counting can then
   * read them once per plan.
   */
  public boolean ofPlan() {
    return ofPlan;
  }

  /** The dimension name, also the request parameter and JSON key that selects it. */
  public String dim() {
    return dim;
  }

  /** Whether one document may carry several values of this dimension. */
  public boolean multiValued() {
    return multiValued;
  }

  /**
   * The field holding this dimension's sorted-set doc values and drill-down terms. One field per dimension, so
   * that counting one dimension (a drill-sideways pass) reads only its own values.
   */
  public String indexField() {
    return "facet." + dim;
  }

  public static Optional<FacetDimension> byDim(String dim) {
    return Arrays.stream(values()).filter(d -> d.dim.equals(dim)).findFirst();
  }
}
