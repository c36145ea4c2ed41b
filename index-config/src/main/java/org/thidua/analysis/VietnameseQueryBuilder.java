package org.thidua.analysis;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the query for text typed by a person over the two fields of {@link ThiduaAnalyzers}: every word must match
 * in the folded field (diacritics optional), which also gives the BM25 score; a document where every word also
 * matches in the exact field, with the diacritics as typed, gets a fixed bonus. The bonus is far above what text
 * scores reach, so exact-diacritic matches form the first tier ("kiểm tra" above "kiêm trà", even for a long
 * paragraph against a short one) and rank by relevance inside it. A query typed without diacritics matches no
 * exact words and ranks by relevance alone. Abbreviations need nothing here: the index holds them over their
 * spelled-out words and the reverse, so "TĐKT" is one term per field and still matches "thi đua, khen thưởng" (only
 * TU, TƯ, ĐA … are still expanded by the query analyzers, see {@link ThiduaAnalyzers}).
 *
 * <p>Thread-safe when its analyzers are (Lucene analyzers are).
 */
public final class VietnameseQueryBuilder {

  /** Default score added to exact-diacritic matches; BM25 sums of plan queries stay far below it. */
  public static final float DEFAULT_EXACT_BONUS = 1000f;

  private final QueryBuilder exact;
  private final QueryBuilder folded;
  private final String exactField;
  private final String foldedField;
  private final float exactBonus;

  public VietnameseQueryBuilder(
      Analyzer exactQueryAnalyzer,
      String exactField,
      Analyzer foldedQueryAnalyzer,
      String foldedField,
      float exactBonus) {
    this.exact = new QueryBuilder(Objects.requireNonNull(exactQueryAnalyzer));
    this.folded = new QueryBuilder(Objects.requireNonNull(foldedQueryAnalyzer));
    this.exactField = Objects.requireNonNull(exactField);
    this.foldedField = Objects.requireNonNull(foldedField);
    if (!(exactBonus > 0) || Float.isInfinite(exactBonus)) {
      throw new IllegalArgumentException("exactBonus must be positive and finite: " + exactBonus);
    }
    this.exactBonus = exactBonus;
  }

  /**
   * @return the query, or null when the text has nothing to search for (empty, punctuation or stop words only)
   */
  public Query build(String text) {
    return withExactBonus(required(text), exactTier(text));
  }

  /**
   * {@link #build}'s query from its two parts, for a caller that needs them separately too (and analyses the text
   * once): {@code required}, plus the bonus where {@code exactTier} matches.
   *
   * @return null when {@code required} is null
   */
  public Query withExactBonus(Query required, Query exactTier) {
    if (required == null || exactTier == null) {
      return required;
    }
    return new BooleanQuery.Builder()
        .add(required, Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(exactTier), exactBonus), Occur.SHOULD)
        .build();
  }

  /**
   * Every word in the folded field, scored by BM25: what a document must match. Null when the text has nothing to
   * search for.
   */
  public Query required(String text) {
    return folded.createBooleanQuery(foldedField, text, Occur.MUST);
  }

  /**
   * Every word in the exact field, with the diacritics as typed: the documents of the first tier. Null when the
   * exact analysis leaves nothing. A searcher that ranks tier by tier (this query as a filter, then its negation)
   * orders hits as {@link #build} scores them, with pure conjunctions that prune far better than the bonus clause.
   */
  public Query exactTier(String text) {
    return exact.createBooleanQuery(exactField, text, Occur.MUST);
  }
}
