package org.thidua.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.thidua.schema.FacetDimension;

/**
 * Counts the hits of a query and the facet values among them in one pass, using the block structure of the index:
 * the dimensions that belong to the plan (province, year, issuer, cited documents …) are read once per plan with
 * hits, from the plan document that ends its block, and added as many times as the plan has hits; only task-level
 * dimensions (quarter, unit) are read per hit. Hits of one plan are adjacent in document order, so one pass does
 * both.
 *
 * <p>Up to about {@value #EXACT_UP_TO} hits everything is exact. Above, reading facet values is what costs (a
 * memory access a hit), so they are read on a uniform sample of about {@value #SAMPLE_SIZE} hits and scaled to the
 * total. Above about {@value #EXACT_TOTAL_UP_TO} hits even finding every hit costs more than a search may spend on
 * two cores, so the query runs on a systematic sample of document ranges ({@value #WINDOW} documents each, one in
 * every 2<sup>k</sup>) and the total is estimated from it; the answer says so. A person searching "kiểm tra" over a
 * million tasks learns that about 60,000 match, and narrows down.
 */
final class BlockFacetCounts {
  /** Up to this many hits, facet values are read from every hit. */
  static final int EXACT_UP_TO = 10_000;

  /** About how many hits a sampled count reads. */
  static final int SAMPLE_SIZE = 3_000;

  /** Up to about this many hits the total is exact; above, it may be estimated from document ranges. */
  static final int EXACT_TOTAL_UP_TO = 20_000;

  /** Documents in a sampled range: a few dozen plans, so that plans, not single tasks, are what is sampled. */
  static final int WINDOW = 512;

  /** At most one range in this many is read. */
  static final int MAX_STRIDE = 64;

  /** Fixed, so that a sampled answer is repeatable. */
  private static final long SAMPLE_SEED = 0x7468696475614cL;

  /**
   * @param total every hit, or an estimate when {@code totalApproximate}
   * @param counts per dimension, value → number of hits with it (scaled from the sample when {@code sampled})
   * @param totalApproximate whether the total was estimated from a sample of document ranges
   * @param sampled whether the counts come from a sample
   * @param read how many hits the answer rests on: the hits whose values were read, or, for a sample of document
   *     ranges, the hits found in them
   */
  record Counted(
      long total, Map<FacetDimension, Map<String, Long>> counts, boolean totalApproximate, boolean sampled, long read) {}

  private BlockFacetCounts() {}

  /** Counts the hits of {@code query} and the values of {@code dims} among them, sampled when there are many. */
  static Counted count(IndexSearcher searcher, Query query, List<FacetDimension> dims) throws IOException {
    Weight weight = weight(searcher, query);
    // the cost is an upper bound of the hits, known before any is read: it decides the sampling rate
    long estimate = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      estimate += supplier == null ? 0 : supplier.cost();
    }
    int stride = stride(estimate);
    if (stride > 1) {
      Counted ranges = ranges(searcher, weight, dims, stride, WINDOW, 0);
      if (ranges.total() > EXACT_TOTAL_UP_TO && ranges.read() >= SAMPLE_SIZE / 4) {
        return ranges;
      }
      // fewer hits than the estimate promised: few enough to find them all
      estimate = ranges.total();
    }
    Counted counted = count(searcher, weight, dims, every(estimate));
    if (counted.sampled() && counted.read() < SAMPLE_SIZE / 4) {
      // far fewer hits than the estimate: the sample is too small to tell values apart; now the total is known
      counted = count(searcher, weight, dims, every(counted.total()));
    }
    return counted;
  }

  /** Counts with values read on one hit of every {@code every} (1: all of them). */
  static Counted count(IndexSearcher searcher, Query query, List<FacetDimension> dims, int every) throws IOException {
    return count(searcher, weight(searcher, query), dims, every);
  }

  /**
   * Without scores: through a constant-score rewrite, nested conjunctions become one flat conjunction of filters,
   * which Lucene intersects a window of bits at a time.
   */
  private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(new ConstantScoreQuery(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /**
   * One document range of every how many is searched: all of them up to {@link #EXACT_TOTAL_UP_TO} hits, then so
   * that the ranges hold about {@link #SAMPLE_SIZE} hits. Hits of a filtered search cluster in plans, so the error
   * of the estimated total depends on how many ranges hold hits; twice as many ranges halve the stride, but cost
   * the 16-client benchmark about 15 % of its throughput.
   */
  static int stride(long hits) {
    return hits <= EXACT_TOTAL_UP_TO ? 1 : (int) Math.min(MAX_STRIDE, Long.highestOneBit(Math.max(1, hits / SAMPLE_SIZE)));
  }

  /**
   * The query on one range of {@code window} documents in every {@code stride}, each segment starting at a seeded
   * range moved by {@code shift} (the shifts 0 to {@code stride} − 1 together search every range once); every hit
   * found has its values read, and the total and the counts are scaled by the share of documents searched.
   */
  static Counted ranges(IndexSearcher searcher, Query query, List<FacetDimension> dims, int stride, int window, int shift)
      throws IOException {
    return ranges(searcher, weight(searcher, query), dims, stride, window, shift);
  }

  private static Counted ranges(
      IndexSearcher searcher, Weight weight, List<FacetDimension> dims, int stride, int window, int shift)
      throws IOException {
    Pass pass = pass(searcher, weight, dims, new Sampler(1), stride, window, shift);
    if (pass.searched() == 0) {
      return new Counted(0, pass.counts(), false, false, 0);
    }
    long total = Math.round(pass.sampler().hits * (pass.all() / (double) pass.searched()));
    // each value's share of the hits read, times the estimated total
    return new Counted(total, scaled(pass, total), true, true, pass.sampler().hits);
  }

  /** One hit of every how many has its values read: all of them up to {@link #EXACT_UP_TO}. */
  static int every(long hits) {
    return hits <= EXACT_UP_TO ? 1 : (int) Math.min(Integer.MAX_VALUE, (hits + SAMPLE_SIZE - 1) / SAMPLE_SIZE);
  }

  private static Counted count(IndexSearcher searcher, Weight weight, List<FacetDimension> dims, int every)
      throws IOException {
    // every segment as one range: every hit found
    Pass pass = pass(searcher, weight, dims, new Sampler(every), 1, Integer.MAX_VALUE, 0);
    long total = pass.sampler().hits;
    boolean sampled = every > 1;
    // ratio estimate: each value's share of the sample, times the exact total
    return new Counted(total, sampled ? scaled(pass, total) : pass.counts(), false, sampled, pass.sampler().read);
  }

  /**
   * @param counts values of the hits read, not scaled
   * @param searched documents in the ranges searched
   * @param all documents in the index
   */
  private record Pass(Map<FacetDimension, Map<String, Long>> counts, Sampler sampler, long searched, long all) {}

  /** Runs the query on the chosen ranges of every segment, counting hits and reading the values the sampler picks. */
  private static Pass pass(
      IndexSearcher searcher, Weight weight, List<FacetDimension> dims, Sampler sampler, int stride, int window, int shift)
      throws IOException {
    Map<FacetDimension, Map<String, Long>> out = new EnumMap<>(FacetDimension.class);
    dims.forEach(d -> out.put(d, new HashMap<>()));
    long searched = 0;
    long all = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int maxDoc = leaf.reader().maxDoc();
      int windows = (int) (((long) maxDoc + window - 1) / window);
      int first = (int) ((Math.floorMod(mix(SAMPLE_SEED + leaf.ord), (long) stride) + shift) % stride);
      all += maxDoc;
      for (int w = first; w < windows; w += stride) {
        searched += end(w, window, maxDoc) - (long) w * window;
      }
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) {
        continue;
      }
      BulkScorer scorer = supplier.bulkScorer();
      LeafTally tally = new LeafTally(leaf, dims, sampler);
      for (int w = first; w < windows; w += stride) {
        scorer.score(tally, leaf.reader().getLiveDocs(), w * window, end(w, window, maxDoc));
      }
      tally.finish(out);
    }
    return new Pass(out, sampler, searched, all);
  }

  /** Where range {@code w} ends: its last document plus one, never past the segment. */
  private static int end(int w, int window, int maxDoc) {
    return (int) Math.min(maxDoc, (w + 1L) * window);
  }

  /** The counts of a pass scaled to {@code total} by the share of hits read, none above {@code total}. */
  private static Map<FacetDimension, Map<String, Long>> scaled(Pass pass, long total) {
    double scale = pass.sampler().read == 0 ? 0 : total / (double) pass.sampler().read;
    pass.counts().values().forEach(m -> m.replaceAll((value, count) -> Math.min(total, Math.round(count * scale))));
    return pass.counts();
  }

  private static long mix(long x) {
    x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
    x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return x ^ (x >>> 33);
  }

  /**
   * Which hits have their values read: of each run of {@code every} consecutive hits one, at a random place in the
   * run (seeded, so the same request on the same index gives the same answer). Runs straddle segments, which keeps
   * the sample uniform over all hits.
   */
  private static final class Sampler {
    final int every;
    private long state = SAMPLE_SEED; // xorshift: a few cycles a draw, and only one draw per hit read
    long hits;
    long read;
    private int pick;
    private int untilRead; // hits still to pass before the next one to read, counting it

    Sampler(int every) {
      this.every = every;
      pick = draw();
      untilRead = pick + 1;
    }

    /** A position in a run, uniform enough for sampling. */
    private int draw() {
      if (every == 1) {
        return 0;
      }
      state ^= state << 13;
      state ^= state >>> 7;
      state ^= state << 17;
      return (int) Math.floorMod(state, (long) every);
    }

    /** Counts a hit; true when its values are to be read. */
    boolean next() {
      hits++;
      if (--untilRead > 0) {
        return false;
      }
      int nextPick = draw();
      untilRead = every - pick + nextPick;
      pick = nextPick;
      read++;
      return true;
    }
  }

  /** The counts of one segment, collected as its hits come. */
  private static final class LeafTally implements LeafCollector {
    private final Sampler sampler;
    private final SegmentFacets facets;
    private final FacetDimension[] dims;
    private final SegmentFacets.Column[] taskColumns; // null where the dimension is the plan's
    private final SegmentFacets.Column[] planColumns; // null where the dimension is the task's
    private final long[][] counts;
    private int plan = -1; // index of the current plan
    private int planDoc = -1;
    private long readOfPlan;
    // plans with hits read, in increasing order, and how many each: their values are added at the end, in one
    // forward sweep over the plan columns rather than a random read per plan
    private int[] touched = new int[64];
    private long[] touchedReads = new long[64];
    private int touchedCount;

    LeafTally(LeafReaderContext leaf, List<FacetDimension> dims, Sampler sampler) throws IOException {
      this.sampler = sampler;
      this.facets = SegmentFacets.of(leaf);
      int n = dims.size();
      this.dims = dims.toArray(FacetDimension[]::new);
      taskColumns = new SegmentFacets.Column[n];
      planColumns = new SegmentFacets.Column[n];
      counts = new long[n][];
      for (int i = 0; i < n; i++) {
        SegmentFacets.Column column = facets.column(this.dims[i]);
        (this.dims[i].ofPlan() ? planColumns : taskColumns)[i] = column;
        counts[i] = new long[column.labels().length];
      }
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(DocIdStream stream) throws IOException {
      stream.forEach(this::collect);
    }

    @Override
    public void collect(int doc) {
      if (!sampler.next()) {
        return;
      }
      if (doc > planDoc) {
        addPlan();
        plan = facets.planAtOrAfter(doc, plan < 0 ? 0 : plan);
        planDoc = plan < facets.planCount() ? facets.planDoc(plan) : Integer.MAX_VALUE;
        readOfPlan = 0;
      }
      readOfPlan++;
      for (int i = 0; i < counts.length; i++) {
        SegmentFacets.Column column = taskColumns[i];
        if (column != null) {
          long row = column.inline()[doc];
          long[] c = counts[i];
          int n = SegmentFacets.Column.count(row);
          if (n < SegmentFacets.MORE) {
            for (int k = 0; k < n; k++) {
              c[column.ord(row, k)]++;
            }
          } else {
            int[] ords = column.ords();
            for (int k = SegmentFacets.Column.offset(row), end = k + SegmentFacets.Column.length(row); k < end; k++) {
              c[ords[k]]++;
            }
          }
        }
      }
    }

    /** Notes the current plan and how many of its hits were read. */
    private void addPlan() {
      if (plan < 0 || plan >= facets.planCount() || readOfPlan == 0) {
        return;
      }
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
        touchedReads = Arrays.copyOf(touchedReads, touchedCount * 2);
      }
      touched[touchedCount] = plan;
      touchedReads[touchedCount++] = readOfPlan;
    }

    void finish(Map<FacetDimension, Map<String, Long>> out) {
      addPlan();
      for (int i = 0; i < counts.length; i++) {
        SegmentFacets.Column column = planColumns[i];
        if (column != null) {
          int[] start = column.start();
          int[] ords = column.ords();
          long[] c = counts[i];
          for (int t = 0; t < touchedCount; t++) {
            int p = touched[t];
            for (int k = start[p], end = start[p + 1]; k < end; k++) {
              c[ords[k]] += touchedReads[t];
            }
          }
        }
      }
      for (int i = 0; i < counts.length; i++) {
        Map<String, Long> merged = out.get(dims[i]);
        String[] labels = (planColumns[i] != null ? planColumns[i] : taskColumns[i]).labels();
        for (int ord = 0; ord < counts[i].length; ord++) {
          if (counts[i][ord] > 0) {
            merged.merge(labels[ord], counts[i][ord], Long::sum);
          }
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
