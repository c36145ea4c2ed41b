package org.thidua.ingest.parse;

import java.util.Objects;

/**
 * A file that cannot be turned into a document. Checked on purpose: a batch must decide, file by file, what
 * to do with one (report it and go on); nothing in a file may bring the batch down.
 *
 * <p>The message names the file and says what is wrong in plain words; {@link #reason()} says it for machines.
 */
public class UnreadableFileException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a file could not be read. */
  public enum Reason {
    /** The file has no bytes, or no text at all. */
    EMPTY,
    /** The file is cut short or damaged: its format's structure is broken. */
    TRUNCATED_OR_CORRUPT,
    /** The file is encrypted or needs a password to open. */
    ENCRYPTED,
    /** A compressed part expands far beyond any real document (a "zip bomb"). */
    ZIP_BOMB,
    /** The file, or the text inside it, is over a limit of {@link ParseLimits}. */
    TOO_LARGE,
    /** Parsing took longer than {@link ParseLimits#timeout()}. */
    TIMEOUT,
    /** The content is not a format thidua reads (whatever the file name says). */
    UNSUPPORTED_FORMAT,
    /** A scan (image, or PDF without text) that needs OCR, which is not installed or is switched off. */
    NEEDS_OCR,
    /** The file could not be read from disk or from its stream. */
    IO
  }

  private final String fileName;
  private final Reason reason;
  private final String detail;

  public UnreadableFileException(String fileName, Reason reason, String detail, Throwable cause) {
    super(fileName + ": " + detail, cause);
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  public UnreadableFileException(String fileName, Reason reason, String detail) {
    this(fileName, reason, detail, null);
  }

  /** The name of the file, as given to the parser. */
  public String fileName() {
    return fileName;
  }

  public Reason reason() {
    return reason;
  }

  /** The message without the file name. */
  public String detail() {
    return detail;
  }
}
