package org.thidua.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.thidua.ingest.index.IndexSearcherWithFacets;
import org.thidua.schema.FacetDimension;
import org.thidua.schema.Fields;

/**
 * Runs a base query with facet filters as a drill-sideways search: one pass yields the top hits, the exact total
 * and, for each dimension, counts computed without that dimension's own filter.
 */
final class FacetedSearch {
  /** Without a text query nothing ranks, so the newest plans come first, then document order. */
  static final Sort NEWEST_FIRST =
      new Sort(new SortedNumericSortField(Fields.YEAR, SortField.Type.INT, true), SortField.FIELD_DOC);

  static final int DEFAULT_FACET_LIMIT = 50;

  /**
   * @param total every hit
   * @param hits hits from the requested offset, at most the requested number
   * @param facets per dimension, values by count
   */
  record Outcome(long total, ScoreDoc[] hits, Map<String, List<FacetValue>> facets) {}

  private FacetedSearch() {}

  static Outcome run(
      IndexSearcherWithFacets searcher,
      FacetsConfig config,
      Query base,
      boolean ranked,
      Map<FacetDimension, List<String>> filters,
      List<FacetDimension> dims,
      int offset,
      int size)
      throws IOException {
    if (searcher.facetState() == null) {
      return empty(dims);
    }
    DrillDownQuery query = drillDown(config, base, filters);
    DrillSideways sideways = new DrillSideways(searcher, config, searcher.facetState());
    int topN = Math.max(1, offset + size);
    DrillSideways.DrillSidewaysResult result =
        ranked ? sideways.search(query, topN) : sideways.search(query, null, null, topN, NEWEST_FIRST, false);
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : result.drillDownFacetsCollector.getMatchingDocs()) {
      total += docs.totalHits();
    }
    ScoreDoc[] all = result.hits.scoreDocs;
    ScoreDoc[] page = offset >= all.length ? new ScoreDoc[0] : Arrays.copyOfRange(all, offset, Math.min(all.length, offset + size));
    return new Outcome(total, page, facets(result.facets, dims));
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

  private static Map<String, List<FacetValue>> facets(Facets facets, List<FacetDimension> dims) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (FacetDimension dim : dims) {
      FacetResult result;
      try {
        result = facets.getTopChildren(DEFAULT_FACET_LIMIT, dim.dim());
      } catch (IllegalArgumentException notIndexedYet) {
        result = null;
      }
      List<FacetValue> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim.dim(), List.copyOf(values));
    }
    return out;
  }

  private static Outcome empty(List<FacetDimension> dims) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    dims.forEach(d -> facets.put(d.dim(), List.of()));
    return new Outcome(0, new ScoreDoc[0], facets);
  }
}
