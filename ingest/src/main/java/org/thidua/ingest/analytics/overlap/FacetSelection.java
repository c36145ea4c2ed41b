package org.thidua.ingest.analytics.overlap;

import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.thidua.schema.FacetDimension;

/** Narrows the tasks to cluster by the facet filters of task search (values of one dimension are alternatives). */
public final class FacetSelection {
  private final FacetsConfig config;

  public FacetSelection(FacetsConfig config) {
    this.config = config;
  }

  public Query apply(Query base, Map<FacetDimension, List<String>> filters) {
    if (filters.isEmpty()) {
      return base;
    }
    DrillDownQuery query = new DrillDownQuery(config, base);
    filters.forEach((dim, values) -> values.forEach(v -> query.add(dim.dim(), v)));
    return query;
  }
}
