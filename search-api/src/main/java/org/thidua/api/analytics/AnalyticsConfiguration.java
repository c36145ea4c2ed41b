package org.thidua.api.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thidua.ingest.analytics.gaps.GapAnalysis;
import org.thidua.ingest.analytics.legal.LegalRefAnalytics;
import org.thidua.ingest.analytics.overlap.OverlapFinder;
import org.thidua.ingest.index.PlanIndex;

/** The analytics services of {@code org.thidua.ingest.analytics} over the server's index. */
@Configuration(proxyBeanMethods = false)
public class AnalyticsConfiguration {
  @Bean
  LegalRefAnalytics legalRefAnalytics(PlanIndex index) {
    return new LegalRefAnalytics(index);
  }

  @Bean
  GapAnalysis gapAnalysis(PlanIndex index) {
    return new GapAnalysis(index);
  }

  @Bean
  OverlapFinder overlapFinder(PlanIndex index) {
    return new OverlapFinder(index);
  }
}
