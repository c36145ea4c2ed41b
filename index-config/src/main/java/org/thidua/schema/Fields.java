package org.thidua.schema;

/**
 * Field names of the thidua index: the contract between the writer ({@code org.thidua.ingest.index}) and every
 * reader (search, analytics, the web UI). Facet dimensions are listed in {@link FacetDimension}; searchable texts
 * are stored once under their base name and indexed as {@link TextVariant variants}.
 *
 * <p>Which kinds carry which field: P = plan, T = task, O = obligation.
 */
public final class Fields {
  private Fields() {}

  // ---- identity (keyword, indexed and stored)

  /** P T O: {@link DocKind#value()}. */
  public static final String KIND = "kind";

  /** P T O: unique id of the document: the plan id, {@code <planId>-t<n>} for task n, {@code <planId>-o<n>}. */
  public static final String ID = "id";

  /** P T O: the plan's id (first 16 hex characters of the original file's SHA-256); deletes a plan's block. */
  public static final String PLAN_ID = "planId";

  /**
   * P: where the plan came from (absolute file path, {@code upload:<name>}, {@code sample:<name>}). A new file
   * from the same source replaces the plan; this is the identity rule for "a changed file".
   */
  public static final String SOURCE = "source";

  /** P: SHA-256 of the original file, hex; the same bytes are never indexed twice. */
  public static final String SHA256 = "sha256";

  // ---- plan identity, copied onto tasks and obligations (stored; facets through FacetDimension)

  public static final String DOC_NUMBER = "docNumber";
  public static final String DOC_TYPE = "docType";
  public static final String ISSUER = "issuer";
  public static final String PROVINCE = "province";
  public static final String CURRENT_PROVINCE = "currentProvince";
  /** ISO date or "yyyy-MM". */
  public static final String DATE = "date";
  /** Int point, numeric doc values (sorting) and stored. */
  public static final String YEAR = "year";

  // ---- plan only (stored)

  /** P: the extracted plan as JSON (the Plan record), served as is. */
  public static final String PLAN_JSON = "planJson";

  /** P: original file name (no directories). */
  public static final String FILE_NAME = "file";

  /** P: detected media type of the original file. */
  public static final String MEDIA_TYPE = "mediaType";

  /** P: number of tasks and obligations in the block, to check that a block is whole. */
  public static final String TASK_COUNT = "taskCount";

  public static final String OBLIGATION_COUNT = "obligationCount";

  /** P: when the plan was indexed, ISO instant. */
  public static final String INGESTED_AT = "ingestedAt";

  // ---- searchable texts: stored under the base name, indexed as base.exact and base.folded

  /** T: the task text; O: the obligation text. Plans are found through their tasks (block join), not a copy. */
  public static final String TEXT = "text";

  /** P: the plan's title. */
  public static final String TITLE = "title";

  // ---- task and obligation details (stored)

  /** T O: position within the plan, 1-based (numeric doc values, for document order). */
  public static final String ORDINAL = "ord";

  /** T: row number as printed. */
  public static final String NO = "no";

  /** T: quarter (I, II, III, IV, year-round), stored; filtered through {@link FacetDimension#QUARTER}. */
  public static final String QUARTER = "quarter";

  /** T: lead units as written, one stored value each. */
  public static final String LEAD = "lead";

  /** T: support units as written, one stored value each. */
  public static final String SUPPORT = "support";

  /** O: the unit as written. */
  public static final String UNIT = "unit";

  /** T O: ISO deadline when stated. */
  public static final String DEADLINE = "deadline";

  // ---- analytics (issue 5)

  /** T O: MinHash LSH band terms of the normalised text ("b3:1f2e…"), indexed, not stored; overlap candidates. */
  public static final String LSH_BAND = "lshBand";

  /** T O: hashed syllable shingles of the normalised text, sorted ints as binary doc values; overlap check. */
  public static final String SHINGLES = "shingles";

  /**
   * P T O: folded key of the plan's number ("12/kh-ubnd"), indexed; finds a parent plan by the number cited, and
   * the plan and its tasks by the number typed in the search box.
   */
  public static final String DOC_NUMBER_KEY = "docNumberKey";

  /** P: folded keys of the plans this plan implements ({@code Plan.parentRefs}), indexed; finds children. */
  public static final String PARENT_REF = "parentRef";
}
