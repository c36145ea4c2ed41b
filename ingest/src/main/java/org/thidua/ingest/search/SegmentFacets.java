package org.thidua.ingest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.thidua.schema.DocKind;
import org.thidua.schema.FacetDimension;

/**
 * The facet values of one segment as plain arrays, built once per segment and dimension on first use. Counting then
 * reads an int where a doc-values lookup decodes blocks (hundreds of nanoseconds a hit on a million tasks). Segments
 * never change, so an entry lives as long as its segment and is dropped when the segment is closed; a refresh only
 * builds the arrays of new segments. Plan-level dimensions are kept per plan, task-level ones per document.
 */
final class SegmentFacets {
  private static final Map<IndexReader.CacheKey, SegmentFacets> SEGMENTS = new ConcurrentHashMap<>();

  /**
   * One dimension's values per row and the value of each ordinal. Plan rows are in compressed-row form ({@code
   * start}, {@code ords}): they are read in a forward sweep. Document rows are read at random, one per hit, so each
   * is one long ({@code inline}) holding its ordinals itself, {@code bits} bits each, as many as fit — one memory
   * access where the row form takes two; a row with more points into {@code ords}.
   */
  record Column(int[] start, int[] ords, long[] inline, int bits, String[] labels) {
    /** How many ordinals an inline row holds: 0 to {@link #MORE} − 1, or {@link #MORE}. */
    static int count(long row) {
      return (int) (row & MORE);
    }

    /** Ordinal {@code i} of an inline row. */
    int ord(long row, int i) {
      return (int) ((row >>> (COUNT_BITS + i * bits)) & ((1L << bits) - 1));
    }

    /** Where a row of {@link #MORE} values starts in {@code ords}. */
    static int offset(long row) {
      return (int) ((row >>> COUNT_BITS) & ((1L << 31) - 1));
    }

    /** How many values a row of {@link #MORE} values has. */
    static int length(long row) {
      return (int) (row >>> (COUNT_BITS + 31));
    }
  }

  private static final int COUNT_BITS = 3;

  /** The count of a row whose values are in {@code ords}. */
  static final int MORE = (1 << COUNT_BITS) - 1;

  private final LeafReader reader;
  private final int[] plans; // document ids of the segment's plans, increasing
  private final Map<FacetDimension, Column> columns = new ConcurrentHashMap<>();

  private SegmentFacets(LeafReaderContext leaf) throws IOException {
    this.reader = leaf.reader();
    BitSet bits = KindFilter.of(DocKind.PLAN).bits(leaf);
    if (bits == null) {
      plans = new int[0];
    } else {
      int[] docs = new int[Math.max(16, bits.approximateCardinality())];
      int n = 0;
      BitSetIterator it = new BitSetIterator(bits, 0);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (n == docs.length) {
          docs = Arrays.copyOf(docs, n * 2);
        }
        docs[n++] = doc;
      }
      plans = Arrays.copyOf(docs, n);
    }
  }

  static SegmentFacets of(LeafReaderContext leaf) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return new SegmentFacets(leaf); // a reader without a core key (a wrapped one): no caching
    }
    SegmentFacets facets = SEGMENTS.get(helper.getKey());
    if (facets != null) {
      return facets;
    }
    facets = new SegmentFacets(leaf);
    SegmentFacets raced = SEGMENTS.putIfAbsent(helper.getKey(), facets);
    if (raced != null) {
      return raced;
    }
    helper.addClosedListener(SEGMENTS::remove);
    return facets;
  }

  /**
   * The index in {@link #plans} of the first plan at or after {@code doc}, searching from {@code from}; the
   * number of plans when there is none. A task's plan is the first plan document after it (its block's end).
   */
  int planAtOrAfter(int doc, int from) {
    // hits come in document order, so the plan is usually at or just after the last one: gallop, then bisect
    int low = from;
    int step = 1;
    while (low < plans.length && plans[low] < doc) {
      int next = low + step;
      if (next >= plans.length || plans[next] >= doc) {
        int i = Arrays.binarySearch(plans, low + 1, Math.min(next + 1, plans.length), doc);
        return i >= 0 ? i : -i - 1;
      }
      low = next;
      step <<= 1;
    }
    return low;
  }

  int planCount() {
    return plans.length;
  }

  int planDoc(int index) {
    return plans[index];
  }

  /** The column of {@code dim}: rows are plans (their index) for plan-level dimensions, documents otherwise. */
  Column column(FacetDimension dim) {
    return columns.computeIfAbsent(
        dim,
        d -> {
          try {
            return build(d);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private Column build(FacetDimension dim) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(reader, dim.indexField());
    String[] labels = new String[(int) values.getValueCount()];
    for (int ord = 0; ord < labels.length; ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      labels[ord] = path[path.length - 1];
    }
    return dim.ofPlan() ? planRows(values, labels) : documentRows(values, labels);
  }

  private Column planRows(SortedSetDocValues values, String[] labels) throws IOException {
    int[] start = new int[plans.length + 1];
    int[] ords = new int[Math.max(16, plans.length)];
    int n = 0;
    for (int row = 0; row < plans.length; row++) {
      start[row] = n;
      int doc = plans[row];
      if (values.docID() < doc && values.advance(doc) == doc || values.docID() == doc) {
        for (int k = 0, c = values.docValueCount(); k < c; k++) {
          if (n == ords.length) {
            ords = Arrays.copyOf(ords, n + (n >> 1));
          }
          ords[n++] = (int) values.nextOrd();
        }
      }
    }
    start[plans.length] = n;
    return new Column(start, Arrays.copyOf(ords, n), null, 0, labels);
  }

  private Column documentRows(SortedSetDocValues values, String[] labels) throws IOException {
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, labels.length - 1)));
    int slots = Math.min(MORE - 1, (64 - COUNT_BITS) / bits);
    long[] inline = new long[reader.maxDoc()];
    int[] more = new int[16];
    int n = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      int c = values.docValueCount();
      if (c <= slots) {
        long row = c;
        for (int k = 0; k < c; k++) {
          row |= values.nextOrd() << (COUNT_BITS + k * bits);
        }
        inline[doc] = row;
      } else {
        if (n + c > more.length) {
          more = Arrays.copyOf(more, Math.max(n + c, more.length * 2));
        }
        inline[doc] = MORE | ((long) n << COUNT_BITS) | ((long) c << (COUNT_BITS + 31));
        for (int k = 0; k < c; k++) {
          more[n++] = (int) values.nextOrd();
        }
      }
    }
    return new Column(null, Arrays.copyOf(more, n), inline, bits, labels);
  }
}
