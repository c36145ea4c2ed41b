package org.thidua.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thidua.ingest.search.TaskResults;

/** Task search across all plans. */
@RestController
@Tag(name = "tasks", description = "Search the tasks of every plan")
public class TaskController {
  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final SearchService search;

  public TaskController(SearchService search) {
    this.search = search;
  }

  @GetMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Search tasks",
      description =
          "Ranked tasks with highlights (<mark>, HTML-escaped) and facet counts. Counts of a filtered dimension"
              + " ignore that dimension's own filter, so its alternatives stay visible.")
  public TaskResults tasks(@ParameterObject SearchParams params) {
    return search.tasks(params);
  }

  @GetMapping(path = "/api/tasks.csv", produces = "text/csv")
  @Operation(
      summary = "Export tasks as CSV",
      description = "Every task the same search finds, UTF-8 with a byte-order mark for Excel; page and size are ignored.")
  public ResponseEntity<StreamingResponseBody> tasksCsv(@ParameterObject SearchParams params) {
    params.toRequest(); // bad parameters answer 400 before the download starts
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thidua-tasks.csv\"")
        .body(out -> search.tasksCsv(params, out));
  }
}
