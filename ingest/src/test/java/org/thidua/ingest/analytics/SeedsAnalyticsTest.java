package org.thidua.ingest.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.ingest.analytics.legal.LegalRefAnalytics;
import org.thidua.ingest.analytics.legal.OutdatedCitation;
import org.thidua.ingest.analytics.overlap.OverlapCluster;
import org.thidua.ingest.analytics.overlap.OverlapFinder;
import org.thidua.ingest.analytics.overlap.OverlapMember;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.parse.Seeds;
import org.thidua.ingest.plan.Plan;

/** The four real plans (../shared/seeds) next to the samples: skipped without the seeds, failed under CI=true. */
class SeedsAnalyticsTest {
  @TempDir Path dir;

  @Test
  void seedGuidanceOf2018JoinsTheSamplesParaphrasesAndSeedsAreNotOutdatedOnTheirDates() throws Exception {
    List<Path> files = new ArrayList<>(Seeds.all());
    files.addAll(AnalyticsIndex.samples());
    try (PlanIndex index = AnalyticsIndex.open(dir.resolve("index"))) {
      List<Plan> plans = AnalyticsIndex.build(index, files);
      OverlapFinder finder = new OverlapFinder(index);
      List<OverlapCluster> clusters =
          finder.find(OverlapFinder.TASKS_AND_OBLIGATIONS, finder.defaultMinSimilarity(), 0, 10_000).clusters();
      OverlapCluster guidance = clusters.stream()
          .filter(c -> c.members().stream().anyMatch(m -> m.text().contains("Hướng dẫn tổng kết công tác TĐKT năm 2018")))
          .findFirst().orElseThrow();
      assertThat(guidance.members()).extracting(OverlapMember::text)
          .anyMatch(t -> t.startsWith("Hướng dẫn tổng kết công tác thi đua, khen thưởng năm 2022"));

      // seeds date from before 98/2023/NĐ-CP took effect: citing 91/2017/NĐ-CP was right then
      List<String> seedIds = plans.subList(0, Seeds.all().size()).stream().map(Plan::id).toList();
      List<OutdatedCitation> outdated = new LegalRefAnalytics(index).outdated(AnalyticsFilter.all());
      assertThat(outdated).filteredOn(o -> seedIds.contains(o.planId()) && o.date() != null && o.date().compareTo("2023-12") < 0)
          .extracting(OutdatedCitation::refId).doesNotContain("91/2017/NĐ-CP");
    }
  }
}
