package org.thidua.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.thidua.ingest.index.PlanExtractor;
import org.thidua.ingest.index.TemporaryAnalyzers;
import org.thidua.ingest.index.TestPlans;
import org.thidua.schema.SchemaAnalyzers;

/** TEMPORARY: the test analyzers and the Plan-JSON extractor until the analysis and extract branches are merged. */
@TestConfiguration(proxyBeanMethods = false)
class TestComponents {
  @Bean
  SchemaAnalyzers schemaAnalyzers() {
    return TemporaryAnalyzers.create();
  }

  @Bean
  PlanExtractor planExtractor() {
    return TestPlans.jsonExtractor();
  }
}
