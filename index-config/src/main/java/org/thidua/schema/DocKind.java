package org.thidua.schema;

/**
 * The kinds of Lucene document in the index. Every plan is indexed as one block: its tasks, its obligations, and
 * the plan document itself last (so that block joins can treat the plan as the parent).
 */
public enum DocKind {
  PLAN("plan"),
  TASK("task"),
  OBLIGATION("obligation");

  private final String value;

  DocKind(String value) {
    this.value = value;
  }

  /** The value indexed in {@link Fields#KIND}. */
  public String value() {
    return value;
  }
}
