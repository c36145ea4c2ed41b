package org.thidua.api.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Service;
import org.thidua.api.config.ThiduaProperties;
import org.thidua.ingest.search.PlanResults;
import org.thidua.ingest.search.PlanSearch;
import org.thidua.ingest.search.TaskResults;
import org.thidua.ingest.search.TaskSearch;

/** Task and plan search over the embedded index, and the CSV export of task hits. */
@Service
public class SearchService {
  private final TaskSearch tasks;
  private final PlanSearch plans;
  private final int csvMaxRows;

  public SearchService(TaskSearch tasks, PlanSearch plans, ThiduaProperties properties) {
    this.tasks = tasks;
    this.plans = plans;
    this.csvMaxRows = properties.csvMaxRows();
  }

  public TaskResults tasks(SearchParams params) {
    try {
      return tasks.search(params.toRequest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PlanResults plans(SearchParams params) {
    try {
      return plans.search(params.toRequest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every matching task (up to {@code thidua.csv-max-rows}), best first, as CSV. */
  public void tasksCsv(SearchParams params, OutputStream stream) throws IOException {
    var request = params.toRequest().withPage(1, 1); // the page is irrelevant for an export
    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    TaskCsv csv = new TaskCsv(writer);
    csv.header();
    tasks.export(request, csvMaxRows, csv::write);
    writer.flush();
  }
}
