package org.thidua.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;
import org.thidua.schema.IndexSchema;

/** Task search across all plans: ranked hits, facet counts, highlighting, and export of every hit. */
public final class TaskSearch {
  static final int HIGHLIGHT_CHARS = 400;
  private static final Query TASKS = KindFilter.of(DocKind.TASK);
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID,
          Fields.PLAN_ID,
          Fields.TEXT,
          Fields.QUARTER,
          Fields.LEAD,
          Fields.SUPPORT,
          Fields.DOC_NUMBER,
          Fields.ISSUER,
          Fields.PROVINCE,
          Fields.YEAR);

  /** Answers kept for repeated requests, by default. */
  public static final int DEFAULT_CACHE_SIZE = 512;

  private final PlanIndex index;
  private final TextQueries queries;
  private final ResultCache<TaskResults> cache;
  private final AllHitsFacets allHits = new AllHitsFacets();

  public TaskSearch(PlanIndex index) {
    this(index, DEFAULT_CACHE_SIZE);
  }

  /** @param cacheSize answers kept for repeated requests on an unchanged index; 0 keeps none */
  public TaskSearch(PlanIndex index, int cacheSize) {
    this.index = index;
    this.queries = new TextQueries(index.analyzers());
    this.cache = new ResultCache<>(cacheSize);
  }

  public TaskResults search(SearchRequest request) throws IOException {
    return search(request, Marks.HTML);
  }

  public TaskResults search(SearchRequest request, Marks marks) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      List<Object> key = List.of(request, marks);
      TaskResults cached = cache.get(searcher.getIndexReader(), key);
      if (cached != null) {
        return cached;
      }
      CpuSlots.acquire();
      try {
        TaskResults results = compute(searcher, request, marks);
        cache.put(searcher.getIndexReader(), key, results);
        return results;
      } finally {
        CpuSlots.release();
      }
    } finally {
      index.release(searcher);
    }
  }

  /** The request's words, analysed once. */
  private record Parsed(UserQuery user, TextQueries.Built built) {
    /** The matching tasks as a pure conjunction, without bonus clauses: what counting runs. */
    Query counted() {
      return base(user, built == null ? null : built.required());
    }

    /** The matching tasks, scored with the exact-word and phrase bonuses in one query. */
    Query scored() {
      return base(user, built == null ? null : built.match());
    }

    /** Whether there are no words at all: every task matches, newest first. */
    boolean all() {
      return built == null && user.isEmpty();
    }
  }

  private Parsed parse(SearchRequest request) {
    UserQuery user = UserQuery.parse(request.query());
    return new Parsed(user, queries.build(user, Fields.TEXT));
  }

  private TaskResults compute(IndexSearcher searcher, SearchRequest request, Marks marks) throws IOException {
    Parsed parsed = parse(request);
    TextQueries.Built built = parsed.built();
    FacetedSearch.Outcome outcome =
        FacetedSearch.run(
            searcher,
            index.facetsConfig(),
            parsed.counted(),
            ranking(built),
            request.filters(),
            IndexSchema.TASK_FACETS,
            request.offset(),
            request.size(),
            parsed.all() ? allHits : null);
    StoredFields stored = searcher.storedFields();
    // the folded clauses alone: they hold every offset (the exact field has none)
    Highlighter highlighter = new Highlighter(searcher, built == null ? null : built.required());
    ScoreDoc[] ranked = outcome.hits();
    // read in document order, where stored blocks and postings are walked forward; listed in rank order
    TaskHit[] hits = new TaskHit[ranked.length];
    for (int i : FacetedSearch.docOrder(ranked)) {
      Document doc = stored.document(ranked[i].doc, HIT_FIELDS);
      hits[i] = hit(doc, highlighter.highlight(ranked[i].doc, doc.get(Fields.TEXT), marks, HIGHLIGHT_CHARS));
    }
    return new TaskResults(outcome.total(), List.of(hits), outcome.facets(), outcome.facetsApproximate(), outcome.totalApproximate());
  }

  /**
   * The exact number of matching tasks, however many: what {@link #search} estimates above about 20,000 hits
   * ({@link TaskResults#totalApproximate()}). Costs a pass over every hit.
   */
  public long count(SearchRequest request) throws IOException {
    Query counted = parse(request).counted();
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.count(FacetedSearch.drillDown(index.facetsConfig(), counted, request.filters()));
    } finally {
      index.release(searcher);
    }
  }

  /**
   * Every matching task, best first (newest first without a query), without highlighting, up to {@code max}.
   *
   * @return how many tasks were given to {@code sink}
   */
  public int export(SearchRequest request, int max, Consumer<TaskHit> sink) throws IOException {
    Parsed parsed = parse(request);
    IndexSearcher searcher = index.acquire();
    try {
      Query query = FacetedSearch.drillDown(index.facetsConfig(), parsed.scored(), request.filters());
      TopDocs top =
          parsed.built() != null
              ? searcher.search(query, Math.max(1, max))
              : searcher.search(query, Math.max(1, max), FacetedSearch.NEWEST_FIRST);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        sink.accept(hit(stored.document(hit.doc, HIT_FIELDS), null));
      }
      return top.scoreDocs.length;
    } finally {
      index.release(searcher);
    }
  }

  /** Tasks matching the text; none when the person typed only words that cannot match (stop words). */
  static Query base(UserQuery userQuery, Query text) {
    if (text == null && !userQuery.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(TASKS, Occur.FILTER);
    if (text != null) {
      base.add(text, Occur.MUST);
    }
    return base.build();
  }

  /**
   * Tasks whose words all match with the diacritics as typed first, then the others — the order the exact bonus
   * gives (see {@link org.thidua.analysis.VietnameseQueryBuilder}). The first tier ranks by BM25 on the exact words
   * (thi_đua, khen_thưởng): fewer and rarer terms than the syllables, so block-max pruning skips most candidates of a
   * broad query, and whole words are the better relevance signal anyway. The second tier ranks by BM25 on the folded
   * syllables, the only match it has.
   */
  static FacetedSearch.Ranking ranking(TextQueries.Built built) {
    if (built == null) {
      return FacetedSearch.Ranking.NEWEST;
    }
    Query folded = new BooleanQuery.Builder().add(TASKS, Occur.FILTER).add(built.required(), Occur.MUST).build();
    if (built.exact() == null) {
      return new FacetedSearch.Ranking(List.of(new FacetedSearch.Tier(folded, built.phrases())));
    }
    // a document with every word exact has every folded syllable too (the same text), so this tier needs no
    // folded clause to stay within the hits
    Query exact = new BooleanQuery.Builder().add(TASKS, Occur.FILTER).add(built.exact(), Occur.MUST).build();
    Query rest = new BooleanQuery.Builder().add(folded, Occur.MUST).add(built.exact(), Occur.MUST_NOT).build();
    return new FacetedSearch.Ranking(
        List.of(
            new FacetedSearch.Tier(exact, built.phrasesInExactTier() ? built.phrases() : null),
            new FacetedSearch.Tier(rest, built.phrases())));
  }

  private static TaskHit hit(Document doc, String highlight) {
    return new TaskHit(
        doc.get(Fields.ID),
        doc.get(Fields.PLAN_ID),
        doc.get(Fields.TEXT),
        highlight,
        doc.get(Fields.QUARTER),
        StoredValues.all(doc, Fields.LEAD),
        StoredValues.all(doc, Fields.SUPPORT),
        doc.get(Fields.DOC_NUMBER),
        doc.get(Fields.ISSUER),
        doc.get(Fields.PROVINCE),
        StoredValues.integer(doc, Fields.YEAR));
  }
}
