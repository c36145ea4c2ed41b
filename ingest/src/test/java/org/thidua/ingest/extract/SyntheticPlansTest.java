package org.thidua.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.plan.LegalReference;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.synth.PdfPlanWriter;
import org.thidua.ingest.synth.PlanGenerator;
import org.thidua.ingest.synth.SyntheticPlan;

/**
 * Plans from the synthetic generator (many agencies, provinces, years, header and table layouts), as DOCX
 * and as text: the facts each was generated from come back out.
 */
class SyntheticPlansTest {

  private static PlanReader reader;

  @BeforeAll
  static void open() {
    reader = new PlanReader();
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  @Test
  void generatedPlansGiveBackTheirFacts() throws Exception {
    List<String> failures = new ArrayList<>();
    for (SyntheticPlan s : new PlanGenerator(20261121L).generate(0, 40)) {
      check(s, reader.read(s.fileName("docx"), s.toDocx()), failures);
      check(s, reader.read(s.fileName("txt"), s.toTextBytes()), failures);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void generatedPlansAsPdfGiveBackTheirFacts() throws Exception {
    Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    Assumptions.assumeTrue(Files.isRegularFile(font), "no DejaVu font to draw PDFs with: skipping");
    PdfPlanWriter pdf = new PdfPlanWriter(PdfPlanWriter.Fonts.single(font));
    List<String> failures = new ArrayList<>();
    for (SyntheticPlan s : new PlanGenerator(7L).generate(0, 20)) {
      byte[] bytes = pdf.write(s.draft(), s.date().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
      check(s, reader.read(s.fileName("pdf"), bytes), failures);
    }
    assertThat(failures).isEmpty();
  }

  private static void check(SyntheticPlan s, Plan p, List<String> failures) {
    String where = p.file() + ": ";
    expect(failures, where + "docNumber", s.docNumber(), p.docNumber());
    expect(failures, where + "province", s.province(), p.province());
    expect(failures, where + "currentProvince", s.currentProvince(), p.currentProvince());
    LocalDate d = s.date();
    String date = s.dayBlank() ? String.format("%04d-%02d", d.getYear(), d.getMonthValue()) : d.toString();
    expect(failures, where + "date", date, p.date());
    expect(failures, where + "year", s.year(), p.year());
    expect(failures, where + "title", s.title(), p.title());
    expect(failures, where + "tasks", s.taskCount(), p.tasks().size());
    List<String> ids = p.legalRefs().stream().map(LegalReference::id).toList();
    for (String id : s.legalIds()) {
      if (!ids.contains(id)) {
        failures.add(where + "legal reference " + id + " missing from " + ids);
      }
    }
    for (String id : s.staleIds()) {
      p.legalRefs().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> {
        if (r.replacedBy() == null) {
          failures.add(where + id + " is replaced on the plan's date but has no replacedBy");
        }
      });
    }
  }

  private static void expect(List<String> failures, String what, Object expected, Object actual) {
    if (!java.util.Objects.equals(expected, actual)) {
      failures.add(what + ": expected " + expected + " but got " + actual);
    }
  }
}
