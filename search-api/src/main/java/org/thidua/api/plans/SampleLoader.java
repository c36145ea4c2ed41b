package org.thidua.api.plans;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.thidua.api.config.ThiduaProperties;
import org.thidua.ingest.index.IngestOutcome;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.index.PlanIngester;

/**
 * On a start with an empty index, ingests the sample plans ({@code thidua.load-samples}), so that a fresh install
 * shows something real. They come from {@code thidua.samples-dir} when that folder exists, else from the copies
 * bundled in the jar. Only the plan files directly in the folder are taken (not README files, not sub-folders).
 */
@Component
class SampleLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);
  static final String SOURCE = "sample:";
  static final String CLASSPATH_FOLDER = "samples/";

  private record Sample(String name, byte[] bytes) {}

  private final ThiduaProperties properties;
  private final PlanIndex index;
  private final PlanIngester ingester;

  SampleLoader(ThiduaProperties properties, PlanIndex index, PlanIngester ingester) {
    this.properties = properties;
    this.index = index;
    this.ingester = ingester;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!properties.loadSamples() || index.planCount() > 0) {
      return;
    }
    Path folder = properties.samplesDir();
    boolean fromFolder = folder != null && Files.isDirectory(folder);
    List<Sample> samples = fromFolder ? fromFolder(folder) : fromClasspath();
    if (samples.isEmpty()) {
      log.info("no sample plans found ({} does not exist and none are bundled)", folder);
      return;
    }
    int loaded = 0;
    synchronized (index) {
      for (Sample sample : samples) {
        IngestOutcome outcome = ingester.ingest(sample.name(), sample.bytes(), SOURCE + sample.name());
        if (outcome.status() == IngestOutcome.Status.FAILED) {
          log.warn("sample {} could not be read: {}", sample.name(), outcome.reason());
        } else {
          loaded++;
        }
      }
      index.commit();
    }
    log.info(
        "the index was empty: loaded {} of {} sample plans from {}",
        loaded,
        samples.size(),
        fromFolder ? folder.toAbsolutePath() : "the bundled samples");
  }

  private static boolean isPlanFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.isEmpty() && !lower.startsWith(".") && !lower.startsWith("readme") && !lower.endsWith(".md");
  }

  private static List<Sample> fromFolder(Path folder) throws IOException {
    List<Sample> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
        String name = file.getFileName().toString();
        if (isPlanFile(name)) {
          out.add(new Sample(name, Files.readAllBytes(file)));
        }
      }
    }
    return out;
  }

  private static List<Sample> fromClasspath() throws IOException {
    List<Sample> out = new ArrayList<>();
    Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + CLASSPATH_FOLDER + "*");
    for (Resource resource : resources) {
      String name = resource.getFilename();
      if (name == null || !isPlanFile(name) || !resource.isReadable()) {
        continue;
      }
      try (InputStream in = resource.getInputStream()) {
        byte[] bytes = in.readAllBytes();
        if (bytes.length > 0) {
          out.add(new Sample(name, bytes));
        }
      }
    }
    out.sort(Comparator.comparing(Sample::name));
    return out;
  }
}
