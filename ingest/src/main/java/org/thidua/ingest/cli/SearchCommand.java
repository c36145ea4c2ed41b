package org.thidua.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.search.FacetValue;
import org.thidua.ingest.search.Marks;
import org.thidua.ingest.search.PlanHit;
import org.thidua.ingest.search.PlanResults;
import org.thidua.ingest.search.PlanSearch;
import org.thidua.ingest.search.SearchRequest;
import org.thidua.ingest.search.TaskHit;
import org.thidua.ingest.search.TaskResults;
import org.thidua.ingest.search.TaskSearch;
import org.thidua.schema.FacetDimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code thidua.jar search --index DIR [filters] QUERY}. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the tasks (or, with --plans, the plans) of every indexed plan, best matches first.",
      "Diacritics are optional (\"kiem tra\" finds \"kiểm tra\"), abbreviations are understood (TĐKT),",
      "\"quoted words\" must appear together. Several values of one filter are alternatives."
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ExistingIndex index;

  @Option(names = "--province", paramLabel = "NAME", description = "Province as of the plan's date (repeatable).")
  List<String> provinces = new ArrayList<>();

  @Option(names = "--current-province", paramLabel = "NAME", description = "Province after the 2025 merger.")
  List<String> currentProvinces = new ArrayList<>();

  @Option(names = "--issuer", paramLabel = "NAME", description = "Issuing agency.")
  List<String> issuers = new ArrayList<>();

  @Option(names = "--year", paramLabel = "YYYY", description = "The plan's year.")
  List<String> years = new ArrayList<>();

  @Option(names = "--quarter", paramLabel = "Q", description = "I, II, III, IV or year-round.")
  List<String> quarters = new ArrayList<>();

  @Option(names = "--unit", paramLabel = "NAME", description = "Responsible unit (canonical name).")
  List<String> units = new ArrayList<>();

  @Option(names = "--legal-ref", paramLabel = "ID", description = "A document the plan cites, e.g. 91/2017/NĐ-CP.")
  List<String> legalRefs = new ArrayList<>();

  @Option(names = "--plans", description = "List plans instead of tasks.")
  boolean plans;

  @Option(names = "--page", defaultValue = "1", description = "Page, from 1 (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--size", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--facets", description = "Also print the counts per province, year, quarter, unit, cited document.")
  boolean facets;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to look for; none lists everything.")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Marks marks = Terminal.isTerminal() ? Marks.ANSI : Marks.PLAIN;
    SearchRequest request = new SearchRequest(String.join(" ", query), filters(), page, size);
    try (PlanIndex planIndex = index.openReadOnly()) {
      if (plans) {
        printPlans(out, new PlanSearch(planIndex).search(request, marks), request);
      } else {
        printTasks(out, new TaskSearch(planIndex).search(request, marks), request);
      }
    }
    out.flush();
    return 0;
  }

  private Map<FacetDimension, List<String>> filters() {
    Map<FacetDimension, List<String>> filters = new EnumMap<>(FacetDimension.class);
    filters.put(FacetDimension.PROVINCE, provinces);
    filters.put(FacetDimension.CURRENT_PROVINCE, currentProvinces);
    filters.put(FacetDimension.ISSUER, issuers);
    filters.put(FacetDimension.YEAR, years);
    filters.put(FacetDimension.QUARTER, quarters);
    filters.put(FacetDimension.UNIT, units);
    filters.put(FacetDimension.LEGAL_REF, legalRefs);
    return filters;
  }

  private void printTasks(PrintWriter out, TaskResults results, SearchRequest request) {
    out.println(header(results.total(), results.totalApproximate(), "task", request));
    int n = (request.page() - 1) * request.size();
    for (TaskHit hit : results.hits()) {
      out.printf(
          "%3d. %s · %s · %s · %s%s%n",
          ++n,
          orDash(hit.docNumber()),
          orDash(hit.issuer()),
          orDash(hit.province()),
          hit.year() == null ? "-" : hit.year(),
          hit.quarter() == null ? "" : " · quarter " + hit.quarter());
      out.println("     " + hit.highlight());
      if (!hit.lead().isEmpty() || !hit.support().isEmpty()) {
        out.println(
            "     lead: "
                + (hit.lead().isEmpty() ? "-" : String.join("; ", hit.lead()))
                + (hit.support().isEmpty() ? "" : "   support: " + String.join("; ", hit.support())));
      }
      out.println("     " + hit.taskId());
    }
    printFacets(out, results.facets());
  }

  private void printPlans(PrintWriter out, PlanResults results, SearchRequest request) {
    out.println(header(results.total(), results.totalApproximate(), "plan", request));
    int n = (request.page() - 1) * request.size();
    for (PlanHit hit : results.hits()) {
      out.printf(
          "%3d. %s · %s · %s · %s · %d tasks%n",
          ++n,
          orDash(hit.docNumber()),
          orDash(hit.issuer()),
          orDash(hit.province()),
          hit.year() == null ? "-" : hit.year(),
          hit.tasks() == null ? 0 : hit.tasks());
      if (hit.highlight() != null) {
        out.println("     " + hit.highlight());
      }
      for (String snippet : hit.snippets()) {
        out.println("     … " + snippet);
      }
      out.println("     " + hit.planId() + "  " + orDash(hit.file()));
    }
    printFacets(out, results.facets());
  }

  private String header(long total, boolean approximate, String what, SearchRequest request) {
    String s =
        (approximate ? "about " : "") + total + " " + what + (total == 1 ? "" : "s")
            + (request.query().isBlank() ? "" : " match \"" + request.query() + "\"");
    long pages = (Math.min(total, SearchRequest.MAX_DEPTH) + request.size() - 1) / request.size();
    return pages > 1 ? s + " (page " + request.page() + " of " + pages + ")" : s;
  }

  private void printFacets(PrintWriter out, Map<String, List<FacetValue>> counts) {
    if (!facets) {
      return;
    }
    counts.forEach(
        (dim, values) -> {
          if (!values.isEmpty()) {
            out.println(dim + ":");
            values.stream().limit(15).forEach(v -> out.printf("  %6d  %s%n", v.count(), v.value()));
          }
        });
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
