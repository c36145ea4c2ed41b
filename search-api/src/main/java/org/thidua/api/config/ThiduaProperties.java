package org.thidua.api.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the thidua server ({@code thidua.*}).
 *
 * @param indexDir the index folder (Lucene index, original files); created when missing
 * @param loadSamples on a start with an empty index, ingest the bundled sample plans
 * @param samplesDir where the sample plans are; when the folder does not exist, the copies bundled in the jar
 * @param apiKey the key clients send in {@code X-API-Key} to upload and delete; without one, writes are refused
 * @param modelDir VnCoreNLP word-segmentation model; default: env {@code THIDUA_VNCORENLP_DIR}, else syllables
 * @param upload upload limits
 * @param csvMaxRows most rows one CSV export writes
 * @param searchCacheSize searches answered from memory when repeated on an unchanged index (0: none)
 */
@ConfigurationProperties("thidua")
public record ThiduaProperties(
    @DefaultValue("./data/index") Path indexDir,
    @DefaultValue("true") boolean loadSamples,
    @DefaultValue("./samples") Path samplesDir,
    String apiKey,
    Path modelDir,
    @DefaultValue Upload upload,
    @DefaultValue("100000") int csvMaxRows,
    @DefaultValue("512") int searchCacheSize) {

  /**
   * @param maxFileSize largest file accepted (413 above)
   * @param maxRequestSize largest upload request, all files together (413 above)
   */
  public record Upload(
      @DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxRequestSize) {}

  public boolean hasApiKey() {
    return apiKey != null && !apiKey.isBlank();
  }
}
