package org.thidua.ingest.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;

/**
 * Searchers whose term filters are cached per segment. Counting the hits of a search (its total and facets) runs
 * the query as a filter, and most of that time goes into decoding the postings of frequent words ("thi", "tra") and
 * of facet values (a province) to intersect them. Kept as bit sets (dense terms) or compressed sets (sparse ones),
 * the same intersection costs a fraction. Lucene's default policy never caches term queries, which suits text
 * search in general; here a few hundred frequent syllables make up most queries, so caching them pays. Only
 * non-scoring uses are cached (Lucene's rule), so ranking still reads postings with their frequencies. Bounded in
 * entries and memory, least recently used out first; an entry lives with its segment.
 */
final class TermFilterCache {
  /** Entries (one per term per segment) and memory the cache may hold. */
  static final int MAX_ENTRIES = 20_000;

  static final long MAX_BYTES = 64L << 20;

  private static final LRUQueryCache CACHE =
      // every segment, and never skipped because the term is denser than the rest of the conjunction: building the
      // set once costs one decoding of its postings, which is what every search would cost otherwise
      new LRUQueryCache(MAX_ENTRIES, MAX_BYTES, leaf -> true, Float.POSITIVE_INFINITY);

  private static final QueryCachingPolicy TERMS =
      new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {}

        @Override
        public boolean shouldCache(Query query) {
          return query instanceof TermQuery;
        }
      };

  private TermFilterCache() {}

  /** Creates searchers that use the cache. */
  static SearcherFactory searchers() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(CACHE);
        searcher.setQueryCachingPolicy(TERMS);
        return searcher;
      }
    };
  }
}
