package org.thidua.ingest.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {

  private final PlanGenerator generator = new PlanGenerator(42);

  @Test
  void generatedDocxOpensWithPoiAndHoldsEveryTaskRow() throws IOException {
    for (int i = 0; i < 20; i++) {
      SyntheticPlan plan = generator.generate(i);
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(plan.toDocx()))) {
        XWPFTable tasks =
            doc.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("TT"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task table in plan " + plan.index()));
        List<String> taskTexts = new ArrayList<>();
        for (XWPFTableRow row : tasks.getRows()) {
          if (row.getTableCells().size() == 4 && row.getCell(0).getText().matches("\\d+")) {
            taskTexts.add(row.getCell(1).getText());
          }
        }
        assertThat(taskTexts).as("task rows of plan %d", i).hasSize(plan.taskCount()).allMatch(t -> t.length() > 15);
        String all = new XWPFWordExtractor(doc).getText();
        assertThat(all).contains("KẾ HOẠCH", plan.title(), "Số:", plan.docNumber().substring(plan.docNumber().indexOf('/')));
        assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(plan.title());
      }
    }
  }

  @Test
  void sameSeedGivesTheSamePlansInAnyOrder() throws IOException {
    PlanGenerator again = new PlanGenerator(42);
    SyntheticPlan late = again.generate(7); // generated first on purpose
    assertThat(late.toText()).isEqualTo(generator.generate(7).toText());
    for (int i = 0; i < 5; i++) {
      assertThat(again.generate(i).toText()).isEqualTo(generator.generate(i).toText());
      assertThat(Arrays.equals(again.generate(i).toDocx(), generator.generate(i).toDocx())).as("same DOCX bytes for plan %d", i).isTrue();
    }
    assertThat(new PlanGenerator(43).generate(0).toText()).isNotEqualTo(generator.generate(0).toText());
  }

  @Test
  void textLayoutHasTabSeparatedTaskRows() {
    for (int i = 0; i < 20; i++) {
      SyntheticPlan plan = generator.generate(i);
      List<String> rows =
          plan.toText().lines().filter(l -> l.contains("\t")).filter(l -> l.split("\t", -1)[0].matches("\\d+")).toList();
      assertThat(rows).as("plan %d", i).hasSize(plan.taskCount()).allMatch(l -> l.split("\t", -1).length == 4);
      assertThat(plan.toText()).contains(plan.docNumber(), "Nơi nhận:", "TỔ CHỨC THỰC HIỆN");
    }
  }

  @Test
  void somePlansCutARowByAPageBreakAndRepeatATaskForAnotherLead() throws IOException {
    int cut = 0;
    int repeated = 0;
    for (int i = 0; i < 60; i++) {
      SyntheticPlan plan = generator.generate(i);
      List<String> lines = plan.toText().lines().toList();
      for (int l = 2; l < lines.size(); l++) {
        if (lines.get(l).startsWith("\t") && lines.get(l - 1).isEmpty() && lines.get(l - 2).contains("\t")) {
          cut++;
          String first = lines.get(l - 2).split("\t", -1)[1];
          String rest = lines.get(l).split("\t", -1)[1];
          // the DOCX keeps the row whole
          try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(plan.toDocx()))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains(first + " " + rest);
          }
        }
      }
      if (plan.duplicatedTask() != null) {
        repeated++;
        String text = plan.toText();
        assertThat(text.split(java.util.regex.Pattern.quote(plan.duplicatedTask()), -1)).as("plan %d", i).hasSize(3);
      }
    }
    assertThat(cut).as("rows cut by a page break").isPositive();
    assertThat(repeated).as("plans repeating a task").isPositive();
  }

  @Test
  void provincesAndLegalBasesFollowThePlansDate() {
    int merged = 0;
    int stale = 0;
    for (int i = 0; i < 300; i++) {
      SyntheticPlan plan = generator.generate(i);
      assertThat(plan.year()).isBetween(2021, 2025);
      if (!plan.date().isBefore(LocalDate.of(2025, 7, 1))) {
        merged++;
        assertThat(plan.province()).as("plan %d after the merger", i).isEqualTo(plan.currentProvince());
        assertThat(plan.toText()).doesNotContain("UBND HUYỆN").doesNotContain("HUYỆN ");
      }
      if (plan.date().getYear() >= 2024) {
        List<String> oldOnes = List.of("15/2003/QH11", "91/2017/NĐ-CP");
        assertThat(plan.legalIds().stream().filter(oldOnes::contains)).isSubsetOf(plan.staleIds());
      }
      if (plan.date().getYear() <= 2023) {
        assertThat(plan.legalIds()).doesNotContain("06/2022/QH15", "98/2023/NĐ-CP", "152/2025/NĐ-CP");
      }
      stale += plan.staleIds().size();
      assertThat(plan.legalIds()).containsAll(plan.staleIds());
    }
    assertThat(merged).as("plans dated after the 2025 merger").isPositive();
    assertThat(stale).as("stale citations").isPositive();
  }
}
