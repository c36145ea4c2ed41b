package org.thidua.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BitSet;
import org.thidua.schema.DocKind;
import org.thidua.schema.FacetDimension;
import org.thidua.schema.Fields;

/**
 * Counts facet values over hits, using the block structure of the index: the dimensions that belong to the plan
 * (province, year, issuer, cited documents …) are read once per plan with hits, from the plan document that ends
 * its block, and added as many times as the plan has hits; only task-level dimensions (quarter, unit) are read per
 * hit. Hits of one plan are adjacent in document order, so one pass over the hits does both. At a million tasks
 * this reads a fraction of the doc values a per-hit count would.
 */
final class BlockFacetCounts {
  private static final BitSetProducer PLANS =
      new QueryBitSetProducer(new TermQuery(new Term(Fields.KIND, DocKind.PLAN.value())));

  /** Fixed, so that a sampled answer is repeatable. */
  private static final long SAMPLE_SEED = 0x7468696475614cL;

  private BlockFacetCounts() {}

  /** Counts of each of {@code dims} over {@code hits}: value → number of hits with it. */
  static Map<FacetDimension, Map<String, Long>> count(FacetsCollector hits, List<FacetDimension> dims)
      throws IOException {
    return count(hits, dims, 1);
  }

  /**
   * Counts over a uniform sample of {@code hits}: of each run of {@code every} consecutive hits one, chosen at
   * random (seeded, so the same request on the same index gives the same answer), scaled back by the share sampled.
   * With {@code every} 1 the counts are exact.
   */
  static Map<FacetDimension, Map<String, Long>> count(FacetsCollector hits, List<FacetDimension> dims, int every)
      throws IOException {
    Map<FacetDimension, Map<String, Long>> out = new EnumMap<>(FacetDimension.class);
    SplittableRandom random = new SplittableRandom(SAMPLE_SEED);
    long seen = 0;
    int pick = 0;
    dims.forEach(d -> out.put(d, new HashMap<>()));
    for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
      if (segment.totalHits() == 0) {
        continue;
      }
      LeafReader reader = segment.context().reader();
      BitSet plans = PLANS.getBitSet(segment.context());
      if (plans == null) {
        continue;
      }
      int n = dims.size();
      SortedSetDocValues[] values = new SortedSetDocValues[n];
      long[][] counts = new long[n][];
      for (int i = 0; i < n; i++) {
        values[i] = DocValues.getSortedSet(reader, dims.get(i).indexField());
        counts[i] = new long[(int) values[i].getValueCount()];
      }
      DocIdSetIterator it = segment.bits().iterator();
      int plan = -1;
      long hitsOfPlan = 0;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (every > 1) {
          // runs of `every` hits straddle segments, which keeps the sample uniform over all hits
          int slot = (int) (seen++ % every);
          if (slot == 0) {
            pick = random.nextInt(every);
          }
          if (slot != pick) {
            continue;
          }
        }
        int parent = plans.get(doc) ? doc : plans.nextSetBit(doc);
        if (parent != plan) {
          addPlan(dims, values, counts, plan, hitsOfPlan);
          plan = parent;
          hitsOfPlan = 0;
        }
        hitsOfPlan++;
        for (int i = 0; i < n; i++) {
          if (!dims.get(i).ofPlan() && values[i].advanceExact(doc)) {
            for (int k = 0, c = values[i].docValueCount(); k < c; k++) {
              counts[i][(int) values[i].nextOrd()]++;
            }
          }
        }
      }
      addPlan(dims, values, counts, plan, hitsOfPlan);
      for (int i = 0; i < n; i++) {
        Map<String, Long> merged = out.get(dims.get(i));
        for (int ord = 0; ord < counts[i].length; ord++) {
          if (counts[i][ord] > 0) {
            String[] path = FacetsConfig.stringToPath(values[i].lookupOrd(ord).utf8ToString());
            merged.merge(path[path.length - 1], counts[i][ord] * every, Long::sum);
          }
        }
      }
    }
    if (every > 1) {
      long all = seen; // a scaled count must not exceed the hits it was drawn from
      out.values().forEach(m -> m.replaceAll((value, count) -> Math.min(count, all)));
    }
    return out;
  }

  /** Adds a plan's values of the plan-level dimensions, once for each of its hits. */
  private static void addPlan(
      List<FacetDimension> dims, SortedSetDocValues[] values, long[][] counts, int plan, long hits)
      throws IOException {
    if (plan < 0 || hits == 0) {
      return;
    }
    for (int i = 0; i < dims.size(); i++) {
      if (dims.get(i).ofPlan() && values[i].advanceExact(plan)) {
        for (int k = 0, c = values[i].docValueCount(); k < c; k++) {
          counts[i][(int) values[i].nextOrd()] += hits;
        }
      }
    }
  }

  /** The {@code limit} most frequent values, ties in value order. */
  static List<FacetValue> top(Map<String, Long> counts, int limit) {
    List<FacetValue> values = new ArrayList<>(counts.size());
    counts.forEach((value, count) -> values.add(new FacetValue(value, count)));
    values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return List.copyOf(values.subList(0, Math.min(limit, values.size())));
  }
}
