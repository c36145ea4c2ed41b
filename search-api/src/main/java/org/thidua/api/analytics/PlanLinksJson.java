package org.thidua.api.analytics;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Adds {@code parent} and {@code children} to a stored Plan JSON for {@code GET /api/plans/{id}}. */
public final class PlanLinksJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PlanLinksJson() {}

  public static String withLinks(String planJson, AnalyticsService.Links links) {
    ObjectNode plan = (ObjectNode) JSON.readTree(planJson);
    plan.set("parent", links.parent() == null ? plan.nullNode() : JSON.valueToTree(links.parent()));
    plan.set("children", JSON.valueToTree(links.children()));
    return JSON.writeValueAsString(plan);
  }
}
