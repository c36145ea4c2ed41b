package org.thidua.analysis.segment;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the VnCoreNLP model folder and gives the segmenter to use: the model's when it is configured and
 * sound, otherwise the syllable fall-back. The folder comes from an explicit value, else the system property
 * {@value #DIR_PROPERTY}, else the environment variable {@value #DIR_ENV}.
 */
public final class WordSegmenters {
  public static final String DIR_PROPERTY = "thidua.vncorenlp.dir";
  public static final String DIR_ENV = "THIDUA_VNCORENLP_DIR";

  private static final Logger LOG = LoggerFactory.getLogger(WordSegmenters.class);
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  /**
   * What was found.
   *
   * @param segmenter the segmenter to use, never null
   * @param modelDir the folder looked at, or null when none is configured
   * @param problem why the fall-back is used, or null when the model loaded
   */
  public record Resolution(WordSegmenter segmenter, Path modelDir, String problem) {
    public boolean usesModel() {
      return problem == null;
    }
  }

  private WordSegmenters() {}

  /** The configured folder: {@code explicitDir} if not blank, else the system property, else the env variable. */
  public static Optional<Path> configuredDir(String explicitDir) {
    for (String v : new String[] {explicitDir, System.getProperty(DIR_PROPERTY), System.getenv(DIR_ENV)}) {
      if (v != null && !v.isBlank()) {
        return Optional.of(Path.of(v.strip()));
      }
    }
    return Optional.empty();
  }

  /** Resolves and loads (once per folder and JVM) without logging; never throws. */
  public static Resolution resolve(String explicitDir) {
    Optional<Path> dir;
    try {
      dir = configuredDir(explicitDir);
    } catch (RuntimeException e) { // an invalid path string
      return new Resolution(SyllableSegmenter.INSTANCE, null,
          "the VnCoreNLP model folder setting is not a valid path (" + e.getMessage() + ")");
    }
    if (dir.isEmpty()) {
      return new Resolution(SyllableSegmenter.INSTANCE, null, "no VnCoreNLP word-segmentation model is configured"
          + " (use --model-dir, system property " + DIR_PROPERTY + " or environment variable " + DIR_ENV + ")");
    }
    try {
      SegmenterModel model = SegmenterModel.cached(dir.get());
      if (LOG.isDebugEnabled()) {
        LOG.debug("VnCoreNLP model {} {}", dir.get(), model.loadReport());
      }
      return new Resolution(model.segmenter(), dir.get(), null);
    } catch (InvalidModelException | RuntimeException e) {
      return new Resolution(SyllableSegmenter.INSTANCE, dir.get(), e.getMessage());
    }
  }

  /**
   * The segmenter for analysis: the model's, or the syllable fall-back with one warning per JVM saying why.
   */
  public static WordSegmenter forAnalysis(String explicitDir) {
    Resolution r = resolve(explicitDir);
    if (!r.usesModel() && WARNED.compareAndSet(false, true)) {
      LOG.warn("Word segmentation falls back to syllables: {}", r.problem());
    }
    return r.segmenter();
  }
}
