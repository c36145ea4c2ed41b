package org.thidua.api.search;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.thidua.ingest.search.SearchRequest;
import org.thidua.schema.FacetDimension;

/**
 * Query parameters of the search endpoints. Filters may repeat ({@code province=Lào Cai&province=Hà Tĩnh}): values
 * of one filter are alternatives, different filters all apply. Values are taken whole, commas included.
 */
public record SearchParams(
    @Parameter(description = "Words to look for; diacritics optional, abbreviations understood, \"quoted phrases\".")
        String q,
    @Parameter(description = "Province as of the plan's date.") List<String> province,
    @Parameter(description = "Issuing agency.") List<String> issuer,
    @Parameter(description = "The plan's year.") List<String> year,
    @Parameter(description = "I, II, III, IV or year-round.") List<String> quarter,
    @Parameter(description = "Responsible unit, canonical name.") List<String> unit,
    @Parameter(description = "Id of a cited document, e.g. 91/2017/NĐ-CP.") List<String> legalRef,
    @Parameter(description = "Page, from 1.") Integer page,
    @Parameter(description = "Hits per page, 1 to 100 (default 20).") Integer size) {

  public SearchParams {
    province = orEmpty(province);
    issuer = orEmpty(issuer);
    year = orEmpty(year);
    quarter = orEmpty(quarter);
    unit = orEmpty(unit);
    legalRef = orEmpty(legalRef);
  }

  public SearchRequest toRequest() {
    Map<FacetDimension, List<String>> filters = new EnumMap<>(FacetDimension.class);
    filters.put(FacetDimension.PROVINCE, province);
    filters.put(FacetDimension.ISSUER, issuer);
    filters.put(FacetDimension.YEAR, year);
    filters.put(FacetDimension.QUARTER, quarter);
    filters.put(FacetDimension.UNIT, unit);
    filters.put(FacetDimension.LEGAL_REF, legalRef);
    return new SearchRequest(
        q, filters, page == null ? 1 : page, size == null ? SearchRequest.DEFAULT_SIZE : size);
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
