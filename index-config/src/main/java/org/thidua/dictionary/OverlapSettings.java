package org.thidua.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How near-duplicate tasks are found: syllable shingles of normalised text, a MinHash signature of
 * {@code bands × rows} values cut into LSH bands (indexed as terms), and the Jaccard similarity a candidate pair
 * needs. Loaded from {@code org/thidua/dictionary/overlaps.json}.
 *
 * @param shingleSize syllables per shingle
 * @param bands LSH bands (terms per task)
 * @param rows MinHash values per band
 * @param seed seed of the hash functions
 * @param minSimilarity default Jaccard similarity for two tasks to be one cluster
 * @param maxBucket members of one band bucket compared; bigger buckets are boilerplate and are sampled
 * @param doubleAssignmentSimilarity two tasks of one plan at least this similar, with different leads, are one
 *     obligation given twice
 */
public record OverlapSettings(int shingleSize, int bands, int rows, long seed, double minSimilarity, int maxBucket, double doubleAssignmentSimilarity) {
  static final String RESOURCE = "overlaps.json";

  public OverlapSettings {
    if (shingleSize < 1 || bands < 1 || rows < 1 || maxBucket < 2) {
      throw new IllegalArgumentException("overlap settings out of range");
    }
    if (minSimilarity <= 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1], was " + minSimilarity);
    }
  }

  public static OverlapSettings load() {
    JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try (InputStream in = OverlapSettings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return json.readValue(in, OverlapSettings.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
