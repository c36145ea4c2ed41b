package org.thidua.ingest.analytics.gaps;

import org.thidua.ingest.plan.Plan;

/** A linked plan, as the plan page shows it. */
public record PlanRef(String planId, String docNumber, String issuer, String province, String date, Integer year, String title) {
  public static PlanRef of(Plan p) {
    return new PlanRef(p.id(), p.docNumber(), p.issuer(), p.province(), p.date(), p.year(), p.title());
  }
}
