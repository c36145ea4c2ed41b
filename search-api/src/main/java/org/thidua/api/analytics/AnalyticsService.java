package org.thidua.api.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Service;
import org.thidua.api.config.ThiduaProperties;
import org.thidua.api.error.PlanNotFoundException;
import org.thidua.api.search.SearchParams;
import org.thidua.ingest.analytics.AnalyticsFilter;
import org.thidua.ingest.analytics.gaps.Gap;
import org.thidua.ingest.analytics.gaps.GapAnalysis;
import org.thidua.ingest.analytics.gaps.GapSummary;
import org.thidua.ingest.analytics.gaps.PlanGaps;
import org.thidua.ingest.analytics.gaps.PlanRef;
import org.thidua.ingest.analytics.legal.LegalRefAnalytics;
import org.thidua.ingest.analytics.legal.LegalRefRow;
import org.thidua.ingest.analytics.legal.OutdatedCitation;
import org.thidua.ingest.analytics.overlap.OverlapCluster;
import org.thidua.ingest.analytics.overlap.OverlapFinder;
import org.thidua.ingest.analytics.overlap.OverlapMember;
import org.thidua.ingest.analytics.overlap.OverlapResult;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.search.SearchRequest;
import org.thidua.ingest.search.TaskSearch;
import org.thidua.schema.Fields;

/** Cited documents, overlaps and gaps over the embedded index, and their CSV exports. */
@Service
public class AnalyticsService {
  private final PlanIndex index;
  private final LegalRefAnalytics legal;
  private final GapAnalysis gaps;
  private final OverlapFinder overlaps;
  private final TaskSearch tasks;
  private final int csvMaxRows;

  public AnalyticsService(
      PlanIndex index, LegalRefAnalytics legal, GapAnalysis gaps, OverlapFinder overlaps, TaskSearch tasks, ThiduaProperties properties) {
    this.index = index;
    this.legal = legal;
    this.gaps = gaps;
    this.overlaps = overlaps;
    this.tasks = tasks;
    this.csvMaxRows = properties.csvMaxRows();
  }

  public List<LegalRefRow> legalRefs(AnalyticsFilter filter) {
    return io(() -> legal.documents(filter));
  }

  public List<OutdatedCitation> outdated(AnalyticsFilter filter) {
    return io(() -> legal.outdated(filter));
  }

  public PlanGaps gaps(String planId) {
    return io(() -> gaps.gaps(planId)).orElseThrow(() -> new PlanNotFoundException(planId));
  }

  public GapSummary gapSummary(AnalyticsFilter filter) {
    return io(() -> gaps.summary(filter));
  }

  /** Parent and children of a plan, for the plan page. */
  public Links links(String planId) {
    return io(
        () -> {
          Optional<Plan> plan = index.plan(planId);
          if (plan.isEmpty()) {
            return new Links(null, List.of());
          }
          return new Links(
              gaps.parent(plan.get()).map(PlanRef::of).orElse(null),
              gaps.children(plan.get()).stream().map(PlanRef::of).toList());
        });
  }

  /** @param parent the plan it implements @param children plans that implement it */
  public record Links(PlanRef parent, List<PlanRef> children) {}

  /**
   * Clusters among the tasks and obligations the search selects (all of them without a query or filter).
   *
   * @param minSimilarity null for the configured default
   */
  public OverlapResult overlaps(SearchParams params, Double minSimilarity) {
    SearchRequest request = params.toRequest();
    double min = minSimilarity == null ? overlaps.defaultMinSimilarity() : minSimilarity;
    int limit = params.size() == null ? SearchRequest.DEFAULT_SIZE : request.size();
    int offset = (request.page() - 1) * limit;
    return io(() -> overlaps.find(selection(request), min, offset, limit));
  }

  private Query selection(SearchRequest request) throws IOException {
    Query base = OverlapFinder.TASKS_AND_OBLIGATIONS;
    if (!request.query().isBlank()) {
      // the tasks the same text search finds (obligations have no separate search)
      List<BytesRef> ids = new ArrayList<>();
      tasks.export(request.withPage(1, 1), csvMaxRows, hit -> ids.add(new BytesRef(hit.taskId())));
      return new TermInSetQuery(Fields.ID, ids);
    }
    return new org.thidua.ingest.analytics.overlap.FacetSelection(index.facetsConfig()).apply(base, request.filters());
  }

  // ---- CSV

  public void legalRefsCsv(AnalyticsFilter filter, OutputStream stream) throws IOException {
    Csv csv = new Csv(stream, List.of("id", "type", "title", "status", "replacedBy", "citations", "plans", "byProvince", "byYear"));
    for (LegalRefRow r : legalRefs(filter)) {
      csv.row(List.of(r.id(), nz(r.type()), nz(r.title()), r.status(), nz(r.replacedBy()), r.citations(), r.plans(),
          counts(r.byProvince()), counts(r.byYear())));
    }
    csv.flush();
  }

  public void outdatedCsv(AnalyticsFilter filter, OutputStream stream) throws IOException {
    Csv csv = new Csv(stream, List.of("planId", "docNumber", "issuer", "province", "date", "refId", "type", "asWritten", "status",
        "replacedBy", "replacedFrom", "replacementTitle"));
    for (OutdatedCitation o : outdated(filter)) {
      csv.row(List.of(o.planId(), nz(o.docNumber()), nz(o.issuer()), nz(o.province()), nz(o.date()), o.refId(), nz(o.type()),
          nz(o.asWritten()), nz(o.status()), o.replacedBy(), nz(o.replacedFrom()), nz(o.replacementTitle())));
    }
    csv.flush();
  }

  public void overlapsCsv(SearchParams params, Double minSimilarity, OutputStream stream) throws IOException {
    SearchRequest request = params.toRequest();
    double min = minSimilarity == null ? overlaps.defaultMinSimilarity() : minSimilarity;
    OverlapResult result = overlaps.find(selection(request), min, 0, csvMaxRows);
    Csv csv = new Csv(stream, List.of("cluster", "representative", "taskId", "planId", "docNumber", "issuer", "province", "year",
        "quarter", "text", "lead", "similarity", "doubleAssignment"));
    int n = 0;
    for (OverlapCluster c : result.clusters()) {
      n++;
      for (OverlapMember m : c.members()) {
        boolean doubled = c.doubleAssignments().stream().anyMatch(d -> d.taskIds().contains(m.taskId()));
        csv.row(List.of(n, c.representative(), m.taskId(), m.planId(), nz(m.docNumber()), nz(m.issuer()), nz(m.province()),
            m.year() == null ? "" : m.year(), nz(m.quarter()), nz(m.text()), String.join("; ", m.lead()), m.similarity(), doubled));
      }
    }
    csv.flush();
  }

  public void gapsCsv(AnalyticsFilter filter, OutputStream stream) throws IOException {
    Csv csv = new Csv(stream, List.of("planId", "docNumber", "issuer", "province", "year", "parent", "kind", "item", "text",
        "expectedQuarter", "misplaced", "foundQuarter", "unit", "deadline", "sourceTaskId"));
    for (Map.Entry<Plan, PlanGaps> e : gaps.all(filter)) {
      Plan p = e.getKey();
      String parent = e.getValue().parent() == null ? "" : e.getValue().parent().docNumber();
      for (Gap g : e.getValue().missing()) {
        csv.row(List.of(p.id(), nz(p.docNumber()), nz(p.issuer()), nz(p.province()), p.year() == null ? "" : p.year(), parent,
            g.kind(), nz(g.item()), nz(g.text()), nz(g.expectedQuarter()), Boolean.TRUE.equals(g.misplaced()), nz(g.foundQuarter()),
            nz(g.unit()), nz(g.deadline()), nz(g.sourceTaskId())));
      }
    }
    csv.flush();
  }

  private static String counts(Map<String, Integer> m) {
    StringBuilder s = new StringBuilder();
    m.forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(k).append(": ").append(v));
    return s.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private interface IoCall<T> {
    T call() throws IOException;
  }

  private static <T> T io(IoCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
