package org.thidua.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract with its Vietnamese model ({@code vie}): whether it is installed (checked once per JVM by running
 * {@code tesseract --list-langs}) and the Tika parser that runs it.
 */
final class Ocr {

  static final String LANGUAGE = "vie";
  static final String INSTALL_HINT =
      "install Tesseract with its Vietnamese model (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie)";

  private static final Logger LOG = LoggerFactory.getLogger(Ocr.class);
  private static volatile Ocr instance;

  private final boolean available;
  private final String problem;
  private final TesseractOCRParser parser;

  private Ocr(boolean available, String problem, TesseractOCRParser parser) {
    this.available = available;
    this.problem = problem;
    this.parser = parser;
  }

  /** The shared check, run on first use. */
  static Ocr get() {
    Ocr ocr = instance;
    if (ocr == null) {
      synchronized (Ocr.class) {
        ocr = instance;
        if (ocr == null) {
          ocr = check();
          instance = ocr;
        }
      }
    }
    return ocr;
  }

  boolean available() {
    return available;
  }

  /** Why OCR is not available (null when it is). */
  String problem() {
    return problem;
  }

  TesseractOCRParser parser() {
    return parser;
  }

  private static Ocr check() {
    String languages;
    try {
      Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readNBytes(64 * 1024);
      }
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return unavailable("tesseract --list-langs did not answer");
      }
      languages = new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return unavailable("tesseract is not installed (not found on PATH)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unavailable("interrupted while looking for tesseract");
    }
    if (languages.lines().map(String::strip).noneMatch(LANGUAGE::equals)) {
      return unavailable("tesseract is installed but its Vietnamese model (vie) is not");
    }
    try {
      TesseractOCRParser parser = new TesseractOCRParser();
      parser.setLanguage(LANGUAGE);
      parser.initialize(Map.of());
      if (!parser.hasTesseract()) {
        return unavailable("Tika cannot run tesseract");
      }
      LOG.info("OCR available: tesseract with the Vietnamese model");
      return new Ocr(true, null, parser);
    } catch (TikaConfigException e) {
      return unavailable("Tika cannot configure tesseract: " + e.getMessage());
    }
  }

  private static Ocr unavailable(String problem) {
    LOG.info("OCR not available: {}", problem);
    return new Ocr(false, problem, null);
  }
}
