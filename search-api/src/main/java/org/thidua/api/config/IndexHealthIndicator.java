package org.thidua.api.config;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.ingest.index.PlanIndex;

/** Up when a searcher can be taken from the index; tells how many plans it holds. */
@Component("index")
class IndexHealthIndicator implements HealthIndicator {
  private final PlanIndex index;

  IndexHealthIndicator(PlanIndex index) {
    this.index = index;
  }

  @Override
  public Health health() {
    try {
      IndexSearcher searcher = index.acquire();
      try {
        return Health.up()
            .withDetail("plans", index.planCount())
            .withDetail("documents", searcher.getIndexReader().numDocs())
            .build();
      } finally {
        index.release(searcher);
      }
    } catch (Exception e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
