package org.thidua.ingest.search;

/**
 * One value of a facet with the number of hits that have it.
 *
 * @param value the value ("Lào Cai", "2022", "III")
 * @param count hits with that value, counted as if the dimension's own filter were not set (drill-sideways), so a
 *     chosen value still shows its alternatives
 */
public record FacetValue(String value, long count) {}
