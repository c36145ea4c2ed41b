package org.thidua.api.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.thidua.api.analytics.AnalyticsService;
import org.thidua.api.analytics.PlanLinksJson;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thidua.api.config.RequiresApiKey;
import org.thidua.api.search.SearchParams;
import org.thidua.api.search.SearchService;
import org.thidua.ingest.index.StoredSource;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.search.PlanResults;

/** Plans: search, the extracted plan, its original file, upload and deletion. */
@RestController
@Tag(name = "plans", description = "Plans: search, read, upload, delete")
public class PlanController {
  private final SearchService search;
  private final PlanService plans;
  private final AnalyticsService analytics;

  public PlanController(SearchService search, PlanService plans, AnalyticsService analytics) {
    this.search = search;
    this.plans = plans;
    this.analytics = analytics;
  }

  @GetMapping(path = "/api/plans", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Search plans", description = "Plans whose title, tasks and obligations match, with facet counts.")
  public PlanResults search(@ParameterObject SearchParams params) {
    return search.plans(params);
  }

  @GetMapping(path = "/api/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The extracted plan", description = "The Plan JSON as extracted when the file was ingested.")
  public String plan(@PathVariable String id) {
    // parent and children plans (issue 5) added to the stored Plan JSON
    return PlanLinksJson.withLinks(plans.json(id), analytics.links(id));
  }

  @GetMapping(path = "/api/plans/{id}/source")
  @Operation(summary = "The original file", description = "As uploaded or ingested, with its name and media type.")
  public ResponseEntity<Resource> source(@PathVariable String id) {
    StoredSource source = plans.source(id);
    return ResponseEntity.ok()
        .contentType(mediaType(source.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(source.fileName()))
        .body(new FileSystemResource(source.path()));
  }

  @PostMapping(path = "/api/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresApiKey
  @SecurityRequirement(name = "apiKey")
  @Operation(
      summary = "Upload plans",
      description =
          "Extracts and indexes each file (form field \"file\", repeatable) and answers the extracted plans. A file"
              + " with the name of an earlier upload replaces its plan; the same bytes again change nothing. If any"
              + " file cannot be read, nothing is indexed (422).")
  public List<Plan> upload(@Parameter(description = "Plan files (DOCX, DOC, ODT, RTF, PDF, HTML, TXT)") @RequestPart("file") List<MultipartFile> file)
      throws IOException {
    return plans.upload(file);
  }

  @DeleteMapping("/api/plans/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequiresApiKey
  @SecurityRequirement(name = "apiKey")
  @Operation(summary = "Delete a plan", description = "With its tasks, obligations and original file.")
  public void delete(@PathVariable String id) throws IOException {
    plans.delete(id);
  }

  private static MediaType mediaType(String value) {
    try {
      return MediaType.parseMediaType(value);
    } catch (IllegalArgumentException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
