package org.thidua.ingest.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.thidua.analysis.VietnameseQueryBuilder;
import org.thidua.schema.SchemaAnalyzers;
import org.thidua.schema.TextVariant;

/**
 * Builds the Lucene query of a {@link UserQuery} over one searchable text. Matching is decided on the folded
 * variant, so diacritics are optional; ranking adds the exact variant (right diacritics, whole words) and phrase
 * matches, so "kiểm tra" typed correctly and in order ranks first.
 */
final class TextQueries {
  static final float EXACT_BOOST = 2f;
  static final float EXACT_PHRASE_BOOST = 4f;
  static final float FOLDED_PHRASE_BOOST = 1.5f;

  private final Analyzer exactAnalyzer;
  private final Analyzer foldedAnalyzer;
  private final QueryBuilder exact;
  private final QueryBuilder folded;

  TextQueries(SchemaAnalyzers analyzers) {
    this.exactAnalyzer = analyzers.exactQuery();
    this.foldedAnalyzer = analyzers.foldedQuery();
    this.exact = new QueryBuilder(exactAnalyzer);
    this.folded = new QueryBuilder(foldedAnalyzer);
  }

  /**
   * The query over {@code base}; {@code null} when nothing in the query can match (an empty query, or only stop
   * words).
   */
  Query build(UserQuery query, String base) {
    String exactField = TextVariant.EXACT.of(base);
    String foldedField = TextVariant.FOLDED.of(base);
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    boolean required = false;

    if (!query.words().isEmpty()) {
      // every word in the folded field, plus a boost where the exact field matches them all
      Query all =
          new VietnameseQueryBuilder(exactAnalyzer, exactField, foldedAnalyzer, foldedField, EXACT_BOOST)
              .build(query.words());
      if (all != null) {
        out.add(all, Occur.MUST);
        required = true;
        should(out, exact.createPhraseQuery(exactField, query.words()), EXACT_PHRASE_BOOST);
        should(out, folded.createPhraseQuery(foldedField, query.words()), FOLDED_PHRASE_BOOST);
      }
    }
    for (String phrase : query.phrases()) {
      Query must = folded.createPhraseQuery(foldedField, phrase);
      if (must != null) {
        out.add(must, Occur.MUST);
        required = true;
        should(out, exact.createPhraseQuery(exactField, phrase), EXACT_PHRASE_BOOST);
      }
    }
    return required ? out.build() : null;
  }

  private static void should(BooleanQuery.Builder out, Query query, float boost) {
    if (query != null) {
      out.add(new BoostQuery(query, boost), Occur.SHOULD);
    }
  }
}
