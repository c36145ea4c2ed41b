package org.thidua.ingest.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;

/**
 * The latest answers, per point-in-time reader: the same request against the same reader gives the same answer, so
 * a repeated search (a page reloaded, the back button, a popular query) costs a map lookup. A commit opens a new
 * reader and thereby retires every entry; retired entries leave as new ones come (least recently used first).
 */
final class ResultCache<V> {
  private record Key(IndexReader.CacheKey reader, Object request) {}

  private final int capacity;
  private final Map<Key, V> entries;

  /** @param capacity most entries kept; 0 disables the cache */
  ResultCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("cache capacity must not be negative");
    }
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
            return size() > ResultCache.this.capacity;
          }
        };
  }

  /** The cached answer to {@code request} on {@code reader}, or null. */
  V get(IndexReader reader, Object request) {
    if (capacity == 0) {
      return null;
    }
    Key key = key(reader, request);
    synchronized (entries) {
      return entries.get(key);
    }
  }

  void put(IndexReader reader, Object request, V value) {
    if (capacity == 0) {
      return;
    }
    Key key = key(reader, request);
    synchronized (entries) {
      entries.put(key, value);
    }
  }

  private static Key key(IndexReader reader, Object request) {
    IndexReader.CacheHelper helper = Objects.requireNonNull(reader.getReaderCacheHelper(), "reader without cache key");
    return new Key(helper.getKey(), request);
  }
}
