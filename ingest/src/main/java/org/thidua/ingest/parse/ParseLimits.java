package org.thidua.ingest.parse;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and options of a {@link DocumentParser}.
 *
 * @param maxFileBytes files larger than this are refused ({@code TOO_LARGE}) without being read
 * @param maxCharacters a document whose text grows beyond this many characters is refused ({@code TOO_LARGE})
 * @param timeout how long one file may take to parse, OCR included ({@code TIMEOUT})
 * @param ocr when OCR is used
 */
public record ParseLimits(long maxFileBytes, long maxCharacters, Duration timeout, OcrMode ocr) {

  /** 50 MiB: far above a plan (a few hundred KB as DOCX, a few MB as a scan), well below the heap. */
  public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
  /** 5 million characters: about 2,000 pages of text. */
  public static final long DEFAULT_MAX_CHARACTERS = 5_000_000;
  /** 2 minutes: enough to OCR a scanned plan of some twenty pages on 2 cores. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  public ParseLimits {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(ocr, "ocr");
    if (maxFileBytes <= 0 || maxCharacters <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxCharacters + ", " + timeout);
    }
  }

  /** The defaults: 50 MiB, 5 million characters, 2 minutes, OCR {@link OcrMode#AUTO}. */
  public static ParseLimits defaults() {
    return new ParseLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CHARACTERS, DEFAULT_TIMEOUT, OcrMode.AUTO);
  }

  public ParseLimits withMaxFileBytes(long bytes) {
    return new ParseLimits(bytes, maxCharacters, timeout, ocr);
  }

  public ParseLimits withMaxCharacters(long characters) {
    return new ParseLimits(maxFileBytes, characters, timeout, ocr);
  }

  public ParseLimits withTimeout(Duration newTimeout) {
    return new ParseLimits(maxFileBytes, maxCharacters, newTimeout, ocr);
  }

  public ParseLimits withOcr(OcrMode mode) {
    return new ParseLimits(maxFileBytes, maxCharacters, timeout, mode);
  }
}
