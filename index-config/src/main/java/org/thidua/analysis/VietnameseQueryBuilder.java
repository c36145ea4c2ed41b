package org.thidua.analysis;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the query for text typed by a person over the two fields of {@link ThiduaAnalyzers}: every word must match
 * in the folded field (diacritics optional), and a match in the exact field adds a boosted score, so "kiểm tra"
 * ranks documents spelled "kiểm tra" above those that only match without diacritics ("kiêm trà"). Abbreviations
 * expand on the query side too ("TĐKT" also requires thi_đua + khen_thưởng as an alternative).
 *
 * <p>Thread-safe when its analyzers are (Lucene analyzers are).
 */
public final class VietnameseQueryBuilder {

  /** Default weight of the exact field relative to the folded one. */
  public static final float DEFAULT_EXACT_BOOST = 2f;

  private final QueryBuilder exact;
  private final QueryBuilder folded;
  private final String exactField;
  private final String foldedField;
  private final float exactBoost;

  public VietnameseQueryBuilder(
      Analyzer exactQueryAnalyzer,
      String exactField,
      Analyzer foldedQueryAnalyzer,
      String foldedField,
      float exactBoost) {
    this.exact = new QueryBuilder(Objects.requireNonNull(exactQueryAnalyzer));
    this.folded = new QueryBuilder(Objects.requireNonNull(foldedQueryAnalyzer));
    this.exactField = Objects.requireNonNull(exactField);
    this.foldedField = Objects.requireNonNull(foldedField);
    if (!(exactBoost > 0)) {
      throw new IllegalArgumentException("exactBoost must be positive: " + exactBoost);
    }
    this.exactBoost = exactBoost;
  }

  /**
   * @return the query, or null when the text has nothing to search for (empty, punctuation or stop words only)
   */
  public Query build(String text) {
    Query required = folded.createBooleanQuery(foldedField, text, Occur.MUST);
    if (required == null) {
      return null;
    }
    Query bonus = exact.createBooleanQuery(exactField, text, Occur.MUST);
    if (bonus == null) {
      return required;
    }
    return new BooleanQuery.Builder()
        .add(required, Occur.MUST)
        .add(new BoostQuery(bonus, exactBoost), Occur.SHOULD)
        .build();
  }
}
