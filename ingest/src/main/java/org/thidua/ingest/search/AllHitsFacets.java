package org.thidua.ingest.search;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.TopDocs;
import org.thidua.schema.FacetDimension;

/**
 * The exact facet counts of the unfiltered empty query — every task, or every plan — for the latest reader. They
 * change only when the index does, so they are counted once per refresh (by the first search that needs them) and
 * every later empty search reads them for free; counting them per search over a million tasks costs tens of ms.
 * The first pages of that search (newest first) are kept with them for the same reason.
 */
final class AllHitsFacets {
  /** Counts over every document of a kind, and its first hits newest first, for one reader. */
  record Counts(long total, Map<FacetDimension, Map<String, Long>> counts, TopDocs newest) {}

  @FunctionalInterface
  interface Counter {
    Counts count() throws IOException;
  }

  private record Entry(IndexReader.CacheKey reader, Counts counts) {}

  private volatile Entry latest;

  /** The counts for {@code reader}, counted now if this reader has none yet; one search counts, others wait. */
  Counts get(IndexReader reader, Counter counter) throws IOException {
    IndexReader.CacheKey key =
        Objects.requireNonNull(reader.getReaderCacheHelper(), "reader without cache key").getKey();
    Entry e = latest;
    if (e != null && e.reader() == key) {
      return e.counts();
    }
    synchronized (this) {
      e = latest;
      if (e != null && e.reader() == key) {
        return e.counts();
      }
      Counts counts = counter.count();
      latest = new Entry(key, counts);
      return counts;
    }
  }
}
