package org.thidua.ingest.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.schema.FacetDimension;
import org.thidua.schema.Fields;

/**
 * A search with facet filters and drill-sideways counts, done as separate passes so that each can be cheap:
 *
 * <ul>
 *   <li>the page of hits, ranked, collecting only the top N so that Lucene can skip documents that cannot make it
 *       (block-max WAND); phrase bonuses then re-rank the best {@value #RESCORE_WINDOW} only;
 *   <li>the counts of the requested dimensions, over all hits, without scoring (optional clauses are then not
 *       evaluated), plan-level dimensions once per plan ({@link BlockFacetCounts});
 *   <li>for each dimension with a filter, its counts without that filter, so a chosen value still shows its
 *       alternatives.
 * </ul>
 *
 * One drill-sideways pass would score every hit for the facets' sake; at a million tasks that is what costs.
 */
final class FacetedSearch {
  /** Without a text query nothing ranks, so the newest plans come first, then document order. */
  static final Sort NEWEST_FIRST =
      new Sort(new SortedNumericSortField(Fields.YEAR, SortField.Type.INT, true), SortField.FIELD_DOC);

  static final int DEFAULT_FACET_LIMIT = 50;

  /** How many of the best hits phrase bonuses re-rank. */
  static final int RESCORE_WINDOW = 100;

  /**
   * @param total every hit
   * @param hits hits from the requested offset, at most the requested number
   * @param facets per dimension, values by count
   */
  record Outcome(long total, ScoreDoc[] hits, Map<String, List<FacetValue>> facets) {}

  private FacetedSearch() {}

  static Outcome run(
      IndexSearcher searcher,
      FacetsConfig config,
      Query base,
      Query rescore,
      boolean ranked,
      Map<FacetDimension, List<String>> filters,
      List<FacetDimension> dims,
      int offset,
      int size)
      throws IOException {
    DrillDownQuery query = drillDown(config, base, filters);
    int topN = Math.max(1, offset + size);
    TopDocs top;
    if (!ranked) {
      top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, topN, null, topN));
    } else if (rescore == null) {
      top = searcher.search(query, new TopScoreDocCollectorManager(topN, null, topN));
    } else {
      int window = Math.max(RESCORE_WINDOW, topN);
      top = searcher.search(query, new TopScoreDocCollectorManager(window, null, window));
      top = QueryRescorer.rescore(searcher, top, rescore, 1.0, topN);
    }

    FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : all.getMatchingDocs()) {
      total += docs.totalHits();
    }
    List<FacetDimension> unfiltered = dims.stream().filter(d -> !filters.containsKey(d)).toList();
    Map<FacetDimension, Map<String, Long>> counts = new EnumMap<>(BlockFacetCounts.count(all, unfiltered));
    for (FacetDimension dim : dims) {
      if (filters.containsKey(dim)) {
        Map<FacetDimension, List<String>> others = new EnumMap<>(filters);
        others.remove(dim);
        FacetsCollector without = searcher.search(drillDown(config, base, others), new FacetsCollectorManager());
        counts.putAll(BlockFacetCounts.count(without, List.of(dim)));
      }
    }
    ScoreDoc[] hits = top.scoreDocs;
    ScoreDoc[] page =
        offset >= hits.length ? new ScoreDoc[0] : Arrays.copyOfRange(hits, offset, Math.min(hits.length, offset + size));
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (FacetDimension dim : dims) {
      facets.put(dim.dim(), BlockFacetCounts.top(counts.get(dim), DEFAULT_FACET_LIMIT));
    }
    return new Outcome(total, page, facets);
  }

  static DrillDownQuery drillDown(FacetsConfig config, Query base, Map<FacetDimension, List<String>> filters) {
    DrillDownQuery query = new DrillDownQuery(config, base);
    filters.forEach(
        (dim, values) -> {
          for (String value : values) {
            query.add(dim.dim(), value); // repeated adds of one dimension are alternatives
          }
        });
    return query;
  }

}
