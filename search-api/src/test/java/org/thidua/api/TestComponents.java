package org.thidua.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.thidua.ingest.index.PlanFileReader;
import org.thidua.ingest.index.TestAnalyzers;
import org.thidua.ingest.index.TestPlans;
import org.thidua.schema.SchemaAnalyzers;

/** TEMPORARY: the Plan-JSON extractor of the ingest tests, until the extract branch is merged. */
@TestConfiguration(proxyBeanMethods = false)
class TestComponents {
  @Bean
  SchemaAnalyzers schemaAnalyzers() {
    return TestAnalyzers.create();
  }

  @Bean
  PlanFileReader planExtractor() {
    return TestPlans.jsonExtractor();
  }
}
