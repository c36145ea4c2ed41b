package org.thidua.ingest.analytics;

import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.thidua.schema.FacetDimension;

/**
 * Which plans an analysis covers: values of one dimension are alternatives, dimensions combine; empty means all.
 *
 * @param province provinces as of the plans' dates
 * @param year the plans' years
 * @param issuer issuing agencies
 */
public record AnalyticsFilter(List<String> province, List<String> year, List<String> issuer) {
  public AnalyticsFilter {
    province = clean(province);
    year = clean(year);
    issuer = clean(issuer);
  }

  public static AnalyticsFilter all() {
    return new AnalyticsFilter(List.of(), List.of(), List.of());
  }

  /** The base query narrowed by the facet filters. */
  public Query apply(FacetsConfig config, Query base) {
    DrillDownQuery query = new DrillDownQuery(config, base);
    province.forEach(v -> query.add(FacetDimension.PROVINCE.dim(), v));
    year.forEach(v -> query.add(FacetDimension.YEAR.dim(), v));
    issuer.forEach(v -> query.add(FacetDimension.ISSUER.dim(), v));
    return query;
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }
}
