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

  /** The documents of one dimension's values in compressed-row form, and the value of each ordinal. */
  record Column(int[] start, int[] ords, String[] labels) {
    /** How many values a row has. */
    int count(int row) {
      return start[row + 1] - start[row];
    }
  }

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
    int i = Arrays.binarySearch(plans, from, plans.length, doc);
    return i >= 0 ? i : -i - 1;
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
    int rows = dim.ofPlan() ? plans.length : reader.maxDoc();
    int[] start = new int[rows + 1];
    int[] ords = new int[Math.max(16, rows)];
    int n = 0;
    for (int row = 0; row < rows; row++) {
      start[row] = n;
      int doc = dim.ofPlan() ? plans[row] : row;
      if (values.docID() < doc && values.advance(doc) == doc || values.docID() == doc) {
        for (int k = 0, c = values.docValueCount(); k < c; k++) {
          if (n == ords.length) {
            ords = Arrays.copyOf(ords, n + (n >> 1));
          }
          ords[n++] = (int) values.nextOrd();
        }
      }
    }
    start[rows] = n;
    String[] labels = new String[(int) values.getValueCount()];
    for (int ord = 0; ord < labels.length; ord++) {
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      labels[ord] = path[path.length - 1];
    }
    return new Column(start, Arrays.copyOf(ords, n), labels);
  }
}
