package org.thidua.ingest.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.thidua.analysis.VietnameseQueryBuilder;
import org.thidua.schema.SchemaAnalyzers;
import org.thidua.schema.TextVariant;

/**
 * Builds the Lucene queries of a {@link UserQuery} over one searchable text. Matching is decided on the folded
 * variant, so diacritics are optional; the exact variant (right diacritics, whole words) adds to the score, and
 * phrase matches add more, so "kiểm tra" typed correctly and in order ranks first.
 */
final class TextQueries {
  static final float EXACT_PHRASE_BOOST = 4f;
  static final float FOLDED_PHRASE_BOOST = 1.5f;

  /**
   * @param match what a document must match, scored (folded words and phrases, exact words as a bonus)
   * @param phrases bonus for the words as a phrase, exact and folded; applied to the best hits only (rescoring),
   *     because phrase positions are what makes a broad query slow; null when there is nothing to add
   * @param required what a document must match, scored by BM25 on the folded variant, without the exact bonus:
   *     {@code match} as a pure conjunction, for ranking tier by tier and for counting
   * @param exact the first tier: documents where the words also match with their diacritics as typed (and every
   *     other required clause, such as a document symbol, as in {@code required}); null when there is no such tier
   *     (nothing left in the exact analysis). Words matching exact match folded too (the same text), so this is a
   *     subset of {@code required}.
   * @param phrasesInExactTier whether {@code phrases} can reorder the first tier: not when the words are one exact
   *     word (or none), as every document of that tier then has the phrases, quoted ones included
   */
  record Built(Query match, Query phrases, Query required, Query exact, boolean phrasesInExactTier) {}

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
   * The queries over {@code base}; null when nothing in the query can match (empty, or only stop words). Document
   * symbols in the query ("91/2017/NĐ-CP") each must match too, through the plan's references or number as well
   * as the text (see {@link SymbolQueries}); the other words match the text as usual.
   */
  Built build(UserQuery query, String base) {
    SymbolQueries.Split split = SymbolQueries.split(query);
    if (split.symbols().isEmpty()) {
      return buildText(query, base);
    }
    // null when the other words are none or only stop words: the symbols then decide alone
    Built rest = buildText(split.rest(), base);
    BooleanQuery.Builder match = new BooleanQuery.Builder();
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    // the first tier: the other words exact, and the symbols as everywhere
    BooleanQuery.Builder exact = new BooleanQuery.Builder();
    if (rest != null) {
      match.add(rest.match(), Occur.MUST);
      required.add(rest.required(), Occur.MUST);
      if (rest.exact() != null) {
        exact.add(rest.exact(), Occur.MUST);
      }
    }
    for (SymbolQueries.Symbol symbol : split.symbols()) {
      Built text = buildText(new UserQuery(symbol.asTyped(), List.of()), base);
      match.add(SymbolQueries.match(symbol, text == null ? null : text.match()), Occur.MUST);
      Query symbolMatch = SymbolQueries.match(symbol, text == null ? null : text.required());
      required.add(symbolMatch, Occur.MUST);
      exact.add(symbolMatch, Occur.FILTER);
    }
    return rest == null
        ? new Built(match.build(), null, required.build(), null, false)
        : new Built(
            match.build(),
            rest.phrases(),
            required.build(),
            rest.exact() == null ? null : exact.build(),
            rest.phrasesInExactTier());
  }

  private Built buildText(UserQuery query, String base) {
    String exactField = TextVariant.EXACT.of(base);
    String foldedField = TextVariant.FOLDED.of(base);
    BooleanQuery.Builder match = new BooleanQuery.Builder();
    BooleanQuery.Builder pure = new BooleanQuery.Builder();
    BooleanQuery.Builder phrases = new BooleanQuery.Builder();
    List<Query> exactParts = new ArrayList<>(); // all of them exact: the first tier
    boolean exactMissing = false;
    boolean wordsVary = false; // whether the words' phrase bonus can differ between documents of the first tier
    boolean required = false;
    boolean bonus = false;

    if (!query.words().isEmpty()) {
      // every word in the folded field; where the exact field matches them all too, a bonus that puts the
      // document in the first tier
      VietnameseQueryBuilder words =
          new VietnameseQueryBuilder(
              exactAnalyzer, exactField, foldedAnalyzer, foldedField, VietnameseQueryBuilder.DEFAULT_EXACT_BONUS);
      Query foldedWords = words.required(query.words());
      if (foldedWords != null) {
        Query exactWords = words.exactTier(query.words());
        match.add(words.withExactBonus(foldedWords, exactWords), Occur.MUST);
        pure.add(foldedWords, Occur.MUST);
        if (exactWords == null) {
          exactMissing = true;
        } else {
          exactParts.add(exactWords);
          // one exact word (kiểm_tra, tđkt): every document of the tier has the words as a phrase
          wordsVary = !(exactWords instanceof TermQuery);
        }
        required = true;
        bonus |= should(phrases, exact.createPhraseQuery(exactField, query.words()), EXACT_PHRASE_BOOST);
        bonus |= should(phrases, folded.createPhraseQuery(foldedField, query.words()), FOLDED_PHRASE_BOOST);
      }
    }
    for (String phrase : query.phrases()) {
      Query must = folded.createPhraseQuery(foldedField, phrase);
      if (must != null) {
        match.add(must, Occur.MUST);
        pure.add(must, Occur.MUST);
        required = true;
        Query exactPhrase = exact.createPhraseQuery(exactField, phrase);
        if (exactPhrase == null) {
          exactMissing = true;
        } else {
          exactParts.add(exactPhrase); // a quoted phrase with its diacritics puts the document first too
        }
        bonus |= should(phrases, exactPhrase, EXACT_PHRASE_BOOST);
      }
    }
    Query exactTier = null;
    if (!exactMissing && !exactParts.isEmpty()) {
      if (exactParts.size() == 1) {
        exactTier = exactParts.get(0);
      } else {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        exactParts.forEach(q -> all.add(q, Occur.MUST));
        exactTier = all.build();
      }
    }
    return required
        ? new Built(match.build(), bonus ? phrases.build() : null, pure.build(), exactTier, bonus && wordsVary)
        : null;
  }

  private static boolean should(BooleanQuery.Builder out, Query query, float boost) {
    if (query == null) {
      return false;
    }
    out.add(new BoostQuery(query, boost), Occur.SHOULD);
    return true;
  }
}
