package org.thidua.ingest.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
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
  record Outcome(long total, ScoreDoc[] hits, Map<String, List<FacetValue>> facets, boolean facetsApproximate) {}

  /** Above this many hits a pass counts facets on a sample, not on every hit. */
  static final int SAMPLE_ABOVE = 50_000;

  /** About how many hits a sampled pass counts. */
  static final int SAMPLE_SIZE = 10_000;

  /** How many of the empty query's first hits are kept per reader with its counts. */
  static final int ALL_HITS_TOP = 200;

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
    return run(searcher, config, base, rescore, ranked, filters, dims, offset, size, null);
  }

  /**
   * @param allHits where the counts of an unfiltered search are kept per reader, when {@code base} matches every
   *     document of its kind (the empty query); null to count them
   */
  static Outcome run(
      IndexSearcher searcher,
      FacetsConfig config,
      Query base,
      Query rescore,
      boolean ranked,
      Map<FacetDimension, List<String>> filters,
      List<FacetDimension> dims,
      int offset,
      int size,
      AllHitsFacets allHits)
      throws IOException {
    DrillDownQuery query = drillDown(config, base, filters);
    int topN = Math.max(1, offset + size);
    TopDocs top;
    if (!ranked && allHits != null && filters.isEmpty() && topN <= ALL_HITS_TOP) {
      // the first pages of the empty query are the same for every search on this reader
      top = allCounts(searcher, config, base, dims, allHits).newest();
    } else if (!ranked) {
      top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, topN, null, topN));
    } else if (rescore == null) {
      top = searcher.search(query, new TopScoreDocCollectorManager(topN, null, topN));
    } else {
      int window = Math.max(RESCORE_WINDOW, topN);
      top = searcher.search(query, new TopScoreDocCollectorManager(window, null, window));
      top = rescore(searcher, top, rescore, topN);
    }

    long total;
    boolean approximate;
    Map<FacetDimension, Map<String, Long>> counts;
    if (allHits != null && filters.isEmpty()) {
      AllHitsFacets.Counts exact = allCounts(searcher, config, base, dims, allHits);
      total = exact.total();
      approximate = false;
      counts = new EnumMap<>(exact.counts());
    } else {
      FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
      total = total(all);
      approximate = total > SAMPLE_ABOVE;
      List<FacetDimension> unfiltered = dims.stream().filter(d -> !filters.containsKey(d)).toList();
      counts = new EnumMap<>(BlockFacetCounts.count(all, unfiltered, every(total)));
    }
    for (FacetDimension dim : dims) {
      if (filters.containsKey(dim)) {
        Map<FacetDimension, List<String>> others = new EnumMap<>(filters);
        others.remove(dim);
        if (others.isEmpty() && allHits != null) {
          // the empty query with one filter: its alternatives are the unfiltered counts, kept per reader
          counts.put(dim, allCounts(searcher, config, base, dims, allHits).counts().get(dim));
          continue;
        }
        FacetsCollector without = searcher.search(drillDown(config, base, others), new FacetsCollectorManager());
        long withoutTotal = total(without);
        approximate |= withoutTotal > SAMPLE_ABOVE;
        counts.putAll(BlockFacetCounts.count(without, List.of(dim), every(withoutTotal)));
      }
    }
    ScoreDoc[] hits = top.scoreDocs;
    ScoreDoc[] page =
        offset >= hits.length ? new ScoreDoc[0] : Arrays.copyOfRange(hits, offset, Math.min(hits.length, offset + size));
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (FacetDimension dim : dims) {
      facets.put(dim.dim(), BlockFacetCounts.top(counts.get(dim), DEFAULT_FACET_LIMIT));
    }
    return new Outcome(total, page, facets, approximate);
  }

  private static AllHitsFacets.Counts allCounts(
      IndexSearcher searcher, FacetsConfig config, Query base, List<FacetDimension> dims, AllHitsFacets allHits)
      throws IOException {
    return allHits.get(
        searcher.getIndexReader(),
        () -> {
          FacetsCollector every = searcher.search(drillDown(config, base, Map.of()), new FacetsCollectorManager());
          TopDocs newest =
              searcher.search(
                  drillDown(config, base, Map.of()),
                  new TopFieldCollectorManager(NEWEST_FIRST, ALL_HITS_TOP, null, ALL_HITS_TOP));
          return new AllHitsFacets.Counts(total(every), BlockFacetCounts.count(every, dims), newest);
        });
  }

  /**
   * Adds the score of {@code bonus} to the hits that match it and keeps the best {@code topN}: what
   * {@code QueryRescorer} does with weight 1, but a hit is checked where it is (approximation, then the positions of
   * that one document) instead of advancing to the next document that matches the phrase, which walks the positions
   * of every candidate in between.
   */
  static TopDocs rescore(IndexSearcher searcher, TopDocs first, Query bonus, int topN) throws IOException {
    ScoreDoc[] hits = first.scoreDocs.clone();
    Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
    Weight weight = searcher.createWeight(searcher.rewrite(bonus), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    int leafEnd = 0;
    int docBase = 0;
    Scorer scorer = null;
    ScoreDoc[] rescored = new ScoreDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      ScoreDoc hit = hits[i];
      while (hit.doc >= leafEnd) {
        LeafReaderContext ctx = leaves.get(++leaf);
        docBase = ctx.docBase;
        leafEnd = docBase + ctx.reader().maxDoc();
        scorer = weight.scorer(ctx);
      }
      float score = hit.score;
      if (scorer != null && matches(scorer, hit.doc - docBase)) {
        score += scorer.score();
      }
      rescored[i] = new ScoreDoc(hit.doc, score);
    }
    Arrays.sort(rescored, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return new TopDocs(first.totalHits, Arrays.copyOf(rescored, Math.min(topN, rescored.length)));
  }

  /** Whether the scorer matches {@code doc}, positioned on it if so; documents come in increasing order. */
  private static boolean matches(Scorer scorer, int doc) throws IOException {
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    if (twoPhase == null) {
      DocIdSetIterator it = scorer.iterator();
      return (it.docID() < doc ? it.advance(doc) : it.docID()) == doc;
    }
    DocIdSetIterator approximation = twoPhase.approximation();
    int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
    return at == doc && twoPhase.matches();
  }

  private static long total(FacetsCollector hits) {
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      total += docs.totalHits();
    }
    return total;
  }

  /** One hit of every how many is counted: all of them up to {@link #SAMPLE_ABOVE}. */
  static int every(long total) {
    return total <= SAMPLE_ABOVE ? 1 : (int) ((total + SAMPLE_SIZE - 1) / SAMPLE_SIZE);
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
