package org.thidua.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.synth.PlanGenerator;
import org.thidua.ingest.synth.SyntheticPlan;

/** PlanReader recovers the identity of generated plans, as DOCX and as text, from the facts they were made of. */
class GeneratedPlansReadTest {

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
  void identityOfGeneratedPlans() throws Exception {
    PlanGenerator generator = new PlanGenerator(20251);
    for (int i = 0; i < 40; i++) {
      SyntheticPlan p = generator.generate(i);
      for (Plan plan :
          new Plan[] {reader.read(p.fileName("docx"), p.toDocx()), reader.read(p.fileName("txt"), p.toTextBytes())}) {
        String what = plan.file() + " " + p.docNumber();
        assertThat(plan.docNumber()).as(what).isEqualTo(p.docNumber());
        assertThat(plan.province()).as(what).isEqualTo(p.province());
        assertThat(plan.currentProvince()).as(what).isEqualTo(p.currentProvince());
        assertThat(plan.year()).as(what).isEqualTo(p.year());
        assertThat(plan.tasks()).as(what).isNotEmpty();
        assertThat(plan.legalRefs().stream().map(r -> r.id())).as(what).containsAll(p.legalIds());
        if (plan.file().endsWith(".docx")) {
          assertThat(plan.tasks()).as(what + " tasks").hasSize(p.taskCount());
        }
      }
    }
  }
}
