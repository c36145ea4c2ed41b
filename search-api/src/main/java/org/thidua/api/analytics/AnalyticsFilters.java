package org.thidua.api.analytics;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.thidua.ingest.analytics.AnalyticsFilter;

/** Reads province, year and issuer filters, each value whole (names contain commas) and repeatable. */
final class AnalyticsFilters {
  private AnalyticsFilters() {}

  static AnalyticsFilter from(HttpServletRequest request) {
    List<String> year = values(request, "year");
    for (String y : year) {
      if (!y.isBlank() && !y.strip().matches("\\d{4}")) {
        throw new IllegalArgumentException("year must be four digits, was \"" + y + "\"");
      }
    }
    return new AnalyticsFilter(values(request, "province"), year, values(request, "issuer"));
  }

  private static List<String> values(HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? List.of() : Arrays.asList(values);
  }
}
