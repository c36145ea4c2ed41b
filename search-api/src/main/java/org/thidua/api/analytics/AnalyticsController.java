package org.thidua.api.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thidua.api.search.SearchParams;
import org.thidua.ingest.analytics.AnalyticsFilter;
import org.thidua.ingest.analytics.gaps.GapSummary;
import org.thidua.ingest.analytics.gaps.PlanGaps;
import org.thidua.ingest.analytics.legal.LegalRefRow;
import org.thidua.ingest.analytics.legal.OutdatedCitation;
import org.thidua.ingest.analytics.overlap.OverlapResult;

/** Cited documents, outdated citations, overlapping obligations and gaps, as JSON and CSV. */
@RestController
@Tag(name = "analytics", description = "Cited documents, outdated citations, overlaps and gaps")
public class AnalyticsController {
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final AnalyticsService analytics;

  public AnalyticsController(AnalyticsService analytics) {
    this.analytics = analytics;
  }

  @GetMapping(path = "/api/legal-refs", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Cited documents", description = "One row per document the plans cite (filters province, year, issuer; repeatable), most cited first; documents not in the registry have status unknown.")
  public List<LegalRefRow> legalRefs(HttpServletRequest request) {
    return analytics.legalRefs(AnalyticsFilters.from(request));
  }

  @GetMapping(path = "/api/legal-refs.csv", produces = "text/csv")
  @Operation(summary = "Cited documents as CSV")
  public ResponseEntity<StreamingResponseBody> legalRefsCsv(HttpServletRequest request) {
    AnalyticsFilter filter = AnalyticsFilters.from(request);
    return csv("thidua-legal-refs.csv", out -> analytics.legalRefsCsv(filter, out));
  }

  @GetMapping(path = "/api/legal-refs/outdated", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Outdated citations", description = "Every citation of a document already replaced on the citing plan's date, with what replaced it.")
  public List<OutdatedCitation> outdated(HttpServletRequest request) {
    return analytics.outdated(AnalyticsFilters.from(request));
  }

  @GetMapping(path = "/api/legal-refs/outdated.csv", produces = "text/csv")
  @Operation(summary = "Outdated citations as CSV")
  public ResponseEntity<StreamingResponseBody> outdatedCsv(HttpServletRequest request) {
    AnalyticsFilter filter = AnalyticsFilters.from(request);
    return csv("thidua-outdated-citations.csv", out -> analytics.outdatedCsv(filter, out));
  }

  @GetMapping(path = "/api/overlaps", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Overlapping tasks and obligations", description = "Clusters of near-duplicates among the tasks the same filters as /api/tasks select, biggest first; page and size count clusters. doubleAssignments flags one obligation given to different lead units within a plan.")
  public OverlapResult overlaps(
      @ParameterObject SearchParams params,
      @Parameter(description = "Jaccard similarity of normalised shingles, (0, 1]; default from overlaps.json") @RequestParam(required = false) Double minSimilarity) {
    return analytics.overlaps(params, minSimilarity);
  }

  @GetMapping(path = "/api/overlaps.csv", produces = "text/csv")
  @Operation(summary = "Overlaps as CSV", description = "One row per cluster member.")
  public ResponseEntity<StreamingResponseBody> overlapsCsv(
      @ParameterObject SearchParams params, @RequestParam(required = false) Double minSimilarity) {
    params.toRequest();
    if (minSimilarity != null && !(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("minSimilarity must be greater than 0 and at most 1, was " + minSimilarity);
    }
    return csv("thidua-overlaps.csv", out -> analytics.overlapsCsv(params, minSimilarity, out));
  }

  @GetMapping(path = "/api/plans/{id}/gaps", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Gaps of a plan", description = "Parent and children, and what is missing: parent tasks addressed to the plan's agency not taken up, checklist items missing or misplaced, deadlines.")
  public PlanGaps gaps(@PathVariable String id) {
    return analytics.gaps(id);
  }

  @GetMapping(path = "/api/gaps", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Gaps across plans", description = "Totals by kind, missing plans by checklist item, one line per plan.")
  public GapSummary gapSummary(HttpServletRequest request) {
    return analytics.gapSummary(AnalyticsFilters.from(request));
  }

  @GetMapping(path = "/api/gaps.csv", produces = "text/csv")
  @Operation(summary = "Gaps as CSV", description = "One row per gap of every plan selected.")
  public ResponseEntity<StreamingResponseBody> gapsCsv(HttpServletRequest request) {
    AnalyticsFilter filter = AnalyticsFilters.from(request);
    return csv("thidua-gaps.csv", out -> analytics.gapsCsv(filter, out));
  }

  private static ResponseEntity<StreamingResponseBody> csv(String name, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(body);
  }
}
