package org.thidua.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.schema.FacetDimension;
import org.thidua.schema.Fields;

/**
 * A search with facet filters and drill-sideways counts, done as separate passes so that each can be cheap:
 *
 * <ul>
 *   <li>the page of hits, ranked tier by tier ({@link Ranking}), collecting only the top N so that Lucene can skip
 *       documents that cannot make it (block-max); phrase bonuses then re-rank the best {@value #RESCORE_WINDOW} only;
 *   <li>the total and the counts of the requested dimensions, without scoring ({@link BlockFacetCounts});
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
  static final int RESCORE_WINDOW = 40;

  /**
   * How hits are ordered: by score, tier after tier — every hit of a tier above every hit of the next, as if each
   * tier's scores carried a bonus no score reaches —, or newest first when there are no tiers.
   *
   * @param tiers disjoint queries, scored, each with its own phrase bonus
   */
  record Ranking(List<Tier> tiers) {
    Ranking {
      tiers = List.copyOf(tiers);
    }

    static final Ranking NEWEST = new Ranking(List.of());

    static Ranking byScore(Query query) {
      return new Ranking(List.of(new Tier(query, null)));
    }

    boolean ranked() {
      return !tiers.isEmpty();
    }
  }

  /**
   * @param query the hits of the tier, scored
   * @param rescore bonus added to the tier's best hits (phrases); null when it could not change their order
   */
  record Tier(Query query, Query rescore) {}

  /**
   * @param total every hit, or an estimate when {@code totalApproximate}
   * @param hits hits from the requested offset, at most the requested number
   * @param facets per dimension, values by count
   */
  record Outcome(
      long total, boolean totalApproximate, ScoreDoc[] hits, Map<String, List<FacetValue>> facets, boolean facetsApproximate) {}

  /** How many of the empty query's first hits are kept per reader with its counts. */
  static final int ALL_HITS_TOP = 200;

  private FacetedSearch() {}

  /**
   * @param base what a hit must match (for counting; not scored)
   * @param allHits where the counts of an unfiltered search are kept per reader, when {@code base} matches every
   *     document of its kind (the empty query); null to count them
   */
  static Outcome run(
      IndexSearcher searcher,
      FacetsConfig config,
      Query base,
      Ranking ranking,
      Map<FacetDimension, List<String>> filters,
      List<FacetDimension> dims,
      int offset,
      int size,
      AllHitsFacets allHits)
      throws IOException {
    int topN = Math.max(1, offset + size);
    TopDocs top;
    if (!ranking.ranked() && allHits != null && filters.isEmpty() && topN <= ALL_HITS_TOP) {
      // the first pages of the empty query are the same for every search on this reader
      top = allCounts(searcher, config, base, dims, allHits).newest();
    } else if (!ranking.ranked()) {
      top = searcher.search(drillDown(config, base, filters), new TopFieldCollectorManager(NEWEST_FIRST, topN, null, topN));
    } else {
      top = ranked(searcher, config, ranking, filters, topN);
    }

    long total;
    boolean totalApproximate = false;
    boolean approximate;
    Map<FacetDimension, Map<String, Long>> counts;
    if (allHits != null && filters.isEmpty()) {
      AllHitsFacets.Counts exact = allCounts(searcher, config, base, dims, allHits);
      total = exact.total();
      approximate = false;
      counts = new EnumMap<>(exact.counts());
    } else {
      List<FacetDimension> unfiltered = dims.stream().filter(d -> !filters.containsKey(d)).toList();
      BlockFacetCounts.Counted all = BlockFacetCounts.count(searcher, drillDown(config, base, filters), unfiltered);
      total = all.total();
      totalApproximate = all.totalApproximate();
      approximate = all.sampled();
      counts = new EnumMap<>(all.counts());
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
        BlockFacetCounts.Counted without = BlockFacetCounts.count(searcher, drillDown(config, base, others), List.of(dim));
        approximate |= without.sampled();
        counts.putAll(without.counts());
      }
    }
    ScoreDoc[] hits = top.scoreDocs;
    ScoreDoc[] page =
        offset >= hits.length ? new ScoreDoc[0] : Arrays.copyOfRange(hits, offset, Math.min(hits.length, offset + size));
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (FacetDimension dim : dims) {
      facets.put(dim.dim(), BlockFacetCounts.top(counts.get(dim), DEFAULT_FACET_LIMIT));
    }
    return new Outcome(total, totalApproximate, page, facets, approximate);
  }

  /**
   * The best {@code topN} hits, tier by tier: a tier is searched only while the tiers before it have fewer hits than
   * are wanted. Each tier is a pure conjunction, which block-max pruning handles far better than one query whose
   * tiers are bonus clauses. A tier's phrase bonus re-ranks its best {@link #RESCORE_WINDOW} hits.
   */
  static TopDocs ranked(
      IndexSearcher searcher, FacetsConfig config, Ranking ranking, Map<FacetDimension, List<String>> filters, int topN)
      throws IOException {
    List<ScoreDoc> best = new ArrayList<>(topN);
    for (Tier tier : ranking.tiers()) {
      int needed = topN - best.size();
      if (needed <= 0) {
        break;
      }
      int wanted = tier.rescore() == null ? needed : Math.max(RESCORE_WINDOW, needed);
      ScoreDoc[] hits =
          searcher.search(drillDown(config, tier.query(), filters), new TopScoreDocCollectorManager(wanted, null, wanted))
              .scoreDocs;
      if (tier.rescore() != null) {
        hits = rescore(searcher, hits, tier.rescore());
        Arrays.sort(hits, (x, y) -> x.score != y.score ? Float.compare(y.score, x.score) : Integer.compare(x.doc, y.doc));
      }
      best.addAll(Arrays.asList(hits).subList(0, Math.min(needed, hits.length)));
    }
    ScoreDoc[] top = best.toArray(ScoreDoc[]::new);
    return new TopDocs(new TotalHits(top.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), top);
  }

  private static AllHitsFacets.Counts allCounts(
      IndexSearcher searcher, FacetsConfig config, Query base, List<FacetDimension> dims, AllHitsFacets allHits)
      throws IOException {
    return allHits.get(
        searcher.getIndexReader(),
        () -> {
          Query all = drillDown(config, base, Map.of());
          BlockFacetCounts.Counted every = BlockFacetCounts.count(searcher, all, dims, 1);
          TopDocs newest = searcher.search(all, new TopFieldCollectorManager(NEWEST_FIRST, ALL_HITS_TOP, null, ALL_HITS_TOP));
          return new AllHitsFacets.Counts(every.total(), every.counts(), newest);
        });
  }

  /**
   * Adds the score of {@code bonus} to the hits that match it: what {@code QueryRescorer} does with weight 1, but a
   * hit is checked where it is (approximation, then the positions of that one document) instead of advancing to the
   * next document that matches the phrase, which walks the positions of every candidate in between.
   *
   * @return the hits with their new scores, in the order given
   */
  static ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] hits, Query bonus) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(bonus), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafEnd = 0;
    int docBase = 0;
    Scorer scorer = null;
    ScoreDoc[] rescored = new ScoreDoc[hits.length];
    for (int i : docOrder(hits)) {
      ScoreDoc hit = hits[i];
      if (hit.doc >= leafEnd) {
        // a scorer only for the segments that have hits: each one looks its terms up
        LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
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
    return rescored;
  }

  /** The positions of {@code hits} in increasing document order, where segments and postings are walked forward. */
  static int[] docOrder(ScoreDoc[] hits) {
    return IntStream.range(0, hits.length).boxed().sorted(Comparator.comparingInt(i -> hits[i].doc)).mapToInt(i -> i).toArray();
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
