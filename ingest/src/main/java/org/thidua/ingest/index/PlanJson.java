package org.thidua.ingest.index;

import org.thidua.ingest.plan.Plan;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Plan JSON kept in the index: fields in the record's order, absent values left out. */
public final class PlanJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

  private PlanJson() {}

  public static String write(Plan plan) {
    return MAPPER.writeValueAsString(plan);
  }

  public static Plan read(String json) {
    return MAPPER.readValue(json, Plan.class);
  }
}
