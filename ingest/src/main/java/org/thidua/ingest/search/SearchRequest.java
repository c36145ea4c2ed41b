package org.thidua.ingest.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.thidua.schema.FacetDimension;

/**
 * A search: the typed query, facet filters (values of one dimension are alternatives, dimensions combine), and a
 * page.
 *
 * @param query what the person typed; blank lists everything, newest year first
 * @param filters selected values per dimension
 * @param page 1-based page number
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 */
public record SearchRequest(String query, Map<FacetDimension, List<String>> filters, int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  /** Deepest hit a page may reach; deeper paging is refused rather than made slow. */
  public static final int MAX_DEPTH = 10_000;

  public SearchRequest {
    query = query == null ? "" : query;
    EnumMap<FacetDimension, List<String>> copy = new EnumMap<>(FacetDimension.class);
    if (filters != null) {
      filters.forEach(
          (dim, values) -> {
            List<String> present =
                values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (!present.isEmpty()) {
              copy.put(dim, present);
            }
          });
    }
    filters = Collections.unmodifiableMap(copy);
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "page " + page + " of size " + size + " goes deeper than " + MAX_DEPTH + " hits; narrow the search");
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), 1, DEFAULT_SIZE);
  }

  public SearchRequest withFilter(FacetDimension dim, String... values) {
    EnumMap<FacetDimension, List<String>> copy = new EnumMap<>(FacetDimension.class);
    copy.putAll(filters);
    copy.put(dim, List.of(values));
    return new SearchRequest(query, copy, page, size);
  }

  public SearchRequest withPage(int page, int size) {
    return new SearchRequest(query, filters, page, size);
  }

  int offset() {
    return (page - 1) * size;
  }
}
