package org.thidua.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;
import org.thidua.schema.IndexSchema;

/**
 * Plan search: a plan matches when its title, or one of its tasks or obligations, matches the query; its score is
 * the best of them, a title match counting double.
 */
public final class PlanSearch {
  static final float TITLE_BOOST = 2f;
  static final int SNIPPETS = 3;
  private static final KindFilter PLANS = KindFilter.of(DocKind.PLAN);
  private static final BitSetProducer PARENTS = PLANS.producer();
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID,
          Fields.DOC_NUMBER,
          Fields.DOC_TYPE,
          Fields.ISSUER,
          Fields.PROVINCE,
          Fields.CURRENT_PROVINCE,
          Fields.DATE,
          Fields.YEAR,
          Fields.TITLE,
          Fields.FILE_NAME,
          Fields.TASK_COUNT,
          Fields.OBLIGATION_COUNT);

  /** Answers kept for repeated requests, by default. */
  public static final int DEFAULT_CACHE_SIZE = 512;

  private final PlanIndex index;
  private final TextQueries queries;
  private final ResultCache<PlanResults> cache;
  private final AllHitsFacets allHits = new AllHitsFacets();

  public PlanSearch(PlanIndex index) {
    this(index, DEFAULT_CACHE_SIZE);
  }

  /** @param cacheSize answers kept for repeated requests on an unchanged index; 0 keeps none */
  public PlanSearch(PlanIndex index, int cacheSize) {
    this.index = index;
    this.queries = new TextQueries(index.analyzers());
    this.cache = new ResultCache<>(cacheSize);
  }

  public PlanResults search(SearchRequest request) throws IOException {
    return search(request, Marks.HTML);
  }

  public PlanResults search(SearchRequest request, Marks marks) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      List<Object> key = List.of(request, marks);
      PlanResults cached = cache.get(searcher.getIndexReader(), key);
      if (cached != null) {
        return cached;
      }
      UserQuery userQuery = UserQuery.parse(request.query());
      Query content = match(queries.build(userQuery, Fields.TEXT));
      Query title = match(queries.build(userQuery, Fields.TITLE));
      Query base;
      if (content == null && !userQuery.isEmpty()) {
        base = new MatchNoDocsQuery();
      } else {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(PLANS, Occur.FILTER);
        if (content != null) {
          BooleanQuery.Builder either = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
          either.add(throughChildren(content), Occur.SHOULD);
          if (title != null) {
            either.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
          }
          b.add(either.build(), Occur.MUST);
        }
        base = b.build();
      }
      FacetedSearch.Outcome outcome =
          FacetedSearch.run(
              searcher,
              index.facetsConfig(),
              base,
              content != null ? FacetedSearch.Ranking.byScore(base) : FacetedSearch.Ranking.NEWEST,
              request.filters(),
              IndexSchema.PLAN_FACETS,
              request.offset(),
              request.size(),
              content == null && userQuery.isEmpty() ? allHits : null);
      StoredFields stored = searcher.storedFields();
      Highlighter titles = new Highlighter(searcher, title);
      Highlighter children = new Highlighter(searcher, content);
      List<PlanHit> hits = new ArrayList<>(outcome.hits().length);
      for (ScoreDoc hit : outcome.hits()) {
        Document doc = stored.document(hit.doc, HIT_FIELDS);
        Integer tasks = StoredValues.integer(doc, Fields.TASK_COUNT);
        Integer obligations = StoredValues.integer(doc, Fields.OBLIGATION_COUNT);
        int firstChild = hit.doc - (tasks == null ? 0 : tasks) - (obligations == null ? 0 : obligations);
        hits.add(
            new PlanHit(
                doc.get(Fields.ID),
                doc.get(Fields.DOC_NUMBER),
                doc.get(Fields.DOC_TYPE),
                doc.get(Fields.ISSUER),
                doc.get(Fields.PROVINCE),
                doc.get(Fields.CURRENT_PROVINCE),
                doc.get(Fields.DATE),
                StoredValues.integer(doc, Fields.YEAR),
                doc.get(Fields.TITLE),
                doc.get(Fields.FILE_NAME),
                tasks,
                titles.highlight(hit.doc, doc.get(Fields.TITLE), marks, TaskSearch.HIGHLIGHT_CHARS),
                snippets(children, stored, firstChild, hit.doc, marks)));
      }
      PlanResults results = new PlanResults(outcome.total(), List.copyOf(hits), outcome.facets(), outcome.facetsApproximate(), outcome.totalApproximate());
      cache.put(searcher.getIndexReader(), key, results);
      return results;
    } finally {
      index.release(searcher);
    }
  }

  private static Query match(TextQueries.Built built) {
    return built == null ? null : built.match();
  }

  /**
   * Plans with a task or obligation that matches: the children come before their plan in its block, so the join
   * needs no copy of their text on the plan.
   */
  private static Query throughChildren(Query text) {
    Query children =
        new BooleanQuery.Builder()
            .add(text, Occur.MUST)
            .add(PLANS, Occur.MUST_NOT)
            .build();
    return new ToParentBlockJoinQuery(children, PARENTS, ScoreMode.Max);
  }

  /**
   * The first tasks and obligations of the plan that the query matches, marked. They are the documents just before
   * the plan's own in its block.
   */
  private static List<String> snippets(Highlighter children, StoredFields stored, int firstChild, int planDoc, Marks marks)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (int child = firstChild; child < planDoc && out.size() < SNIPPETS; child++) {
      if (children.matches(child)) {
        String text = stored.document(child, Set.of(Fields.TEXT)).get(Fields.TEXT);
        List<Highlighter.Span> spans = children.spans(child, text);
        out.add(Highlighter.format(text, spans, marks, TaskSearch.HIGHLIGHT_CHARS));
      }
    }
    return out;
  }
}
