package org.thidua.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.plan.ResponsibleUnit;
import org.thidua.ingest.plan.Task;
import org.thidua.ingest.synth.DraftBlock;
import org.thidua.ingest.synth.PlanMarkup;

/**
 * Every task row of the bundled sample plans (samples/, DOCX, PDF and text, written by another hand than the
 * seeds) comes out with its number, text, quarter heading and units as their author wrote them in
 * samples/source.
 */
class SampleTasksTest {

  private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");
  private static final Pattern QUARTER = Pattern.compile("(?iU)qu[ýí]\\s*(IV|III|II|I)(?![\\p{L}])");
  private static final Pattern ROMAN = Pattern.compile("^[IVX]+$");
  private static PlanReader reader;

  @BeforeAll
  static void open() {
    reader = new PlanReader();
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  private record Expected(String no, String quarter, String text, List<String> lead, List<String> support) {}

  @TestFactory
  Stream<DynamicTest> everyTaskOfEverySample() throws Exception {
    List<Path> sources;
    try (Stream<Path> s = Files.list(SAMPLES.resolve("source"))) {
      sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    return sources.stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
      PlanMarkup.Source source = PlanMarkup.parse(Files.readString(src, StandardCharsets.UTF_8));
      List<Expected> expected = expected(source);
      Plan plan = reader.read(SAMPLES.resolve(source.require("file")));
      List<String> diffs = new ArrayList<>();
      if (plan.tasks().size() != expected.size()) {
        diffs.add(expected.size() + " tasks expected, " + plan.tasks().size() + " read");
      }
      for (int i = 0; i < Math.min(expected.size(), plan.tasks().size()); i++) {
        Expected e = expected.get(i);
        Task t = plan.tasks().get(i);
        String at = "task " + i + " [" + e.no() + "] ";
        if (!e.no().equals(t.no())) {
          diffs.add(at + "no " + t.no());
        }
        if (!e.text().equals(t.text())) {
          diffs.add(at + "text " + t.text() + "\n   expected " + e.text());
        }
        if (e.quarter() != null && !e.quarter().equals(t.quarter())) {
          diffs.add(at + "quarter " + t.quarter() + ", expected " + e.quarter());
        }
        if (!e.lead().equals(names(t.lead()))) {
          diffs.add(at + "lead " + names(t.lead()) + ", expected " + e.lead());
        }
        if (e.support() != null && !e.support().equals(names(t.support()))) {
          diffs.add(at + "support " + names(t.support()) + ", expected " + e.support());
        }
      }
      assertThat(diffs).as(plan.file()).isEmpty();
    }));
  }

  private static List<String> names(List<ResponsibleUnit> units) {
    return units == null ? List.of() : units.stream().map(ResponsibleUnit::name).toList();
  }

  /** The task rows of the source's tables, with the quarter of the heading row above each. */
  private static List<Expected> expected(PlanMarkup.Source source) {
    List<Expected> out = new ArrayList<>();
    for (DraftBlock b : source.draft().body()) {
      if (!(b instanceof DraftBlock.Grid grid)) {
        continue;
      }
      int lead = -1;
      int support = -1;
      String quarter = null;
      for (DraftBlock.Row row : grid.rows()) {
        List<String> cells = row.cells();
        if (row.kind() == DraftBlock.RowKind.HEADER) {
          for (int c = 0; c < cells.size(); c++) {
            String h = cells.get(c).toLowerCase(Locale.ROOT);
            if (h.contains("phối hợp")) {
              support = c;
            } else if (c >= 2 && !h.contains("thời gian") && lead < 0) {
              lead = c;
            }
          }
          continue;
        }
        if (row.kind() == DraftBlock.RowKind.SPAN || ROMAN.matcher(cells.getFirst()).matches()) {
          Matcher q = QUARTER.matcher(String.join(" ", cells));
          quarter = q.find() ? q.group(1).toUpperCase(Locale.ROOT) : "year-round";
          continue;
        }
        out.add(new Expected(cells.get(0), quarter, cells.get(1).replace('\n', ' '), units(cells, lead),
            support < 0 ? null : units(cells, support)));
      }
    }
    return out;
  }

  private static List<String> units(List<String> cells, int column) {
    if (column < 0) {
      return List.of();
    }
    return Arrays.stream(cells.get(column).split("[\\n;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
