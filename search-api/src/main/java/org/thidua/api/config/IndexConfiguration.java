package org.thidua.api.config;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.index.PlanFileReader;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.index.PlanIngester;
import org.thidua.ingest.search.PlanSearch;
import org.thidua.ingest.search.TaskSearch;
import org.thidua.schema.SchemaAnalyzers;

/**
 * The embedded index and what works on it. The analyzers and the file reader are thidua's own unless the
 * application context provides others.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThiduaProperties.class)
public class IndexConfiguration {

  @Bean(destroyMethod = "close")
  PlanIndex planIndex(ThiduaProperties properties, ObjectProvider<SchemaAnalyzers> analyzers) throws IOException {
    return PlanIndex.open(
        properties.indexDir(), analyzers.getIfAvailable(() -> SchemaAnalyzers.thidua(properties.modelDir())));
  }

  /** Tika parsing and extraction; closing it stops the parser's worker threads. */
  @Bean(destroyMethod = "close")
  PlanReader planReader() {
    return new PlanReader();
  }

  @Bean
  PlanIngester planIngester(PlanIndex index, ObjectProvider<PlanFileReader> custom, PlanReader reader) {
    // uploads are held to thidua.upload.* by the multipart limits; samples and other files to the parser's own
    return new PlanIngester(index, custom.getIfAvailable(() -> reader::read));
  }

  @Bean
  TaskSearch taskSearch(PlanIndex index, ThiduaProperties properties) {
    return new TaskSearch(index, properties.searchCacheSize());
  }

  @Bean
  PlanSearch planSearch(PlanIndex index, ThiduaProperties properties) {
    return new PlanSearch(index, properties.searchCacheSize());
  }

  /** Upload limits from {@code thidua.upload.*}; beyond them the request is answered 413. */
  @Bean
  MultipartConfigElement multipartConfigElement(ThiduaProperties properties) {
    return new MultipartConfigElement(
        "",
        properties.upload().maxFileSize().toBytes(),
        properties.upload().maxRequestSize().toBytes(),
        (int) Math.min(Integer.MAX_VALUE, 1024 * 1024));
  }
}
