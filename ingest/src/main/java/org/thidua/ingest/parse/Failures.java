package org.thidua.ingest.parse;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaTimeoutException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.thidua.ingest.parse.UnreadableFileException.Reason;

/** Turns whatever a parser threw into an {@link UnreadableFileException} with a reason and plain words. */
final class Failures {

  static final String ENCRYPTED = "the file is encrypted or protected by a password; save a copy without the password and try again";
  static final String ZIP_BOMB = "a compressed part of the file expands to far more than any real document (a \"zip bomb\"); it was not read";

  private Failures() {}

  static UnreadableFileException classify(String fileName, Format format, Throwable failure) {
    if (failure instanceof UnreadableFileException e) {
      return e;
    }
    if (failure instanceof OutOfMemoryError) {
      return new UnreadableFileException(fileName, Reason.TOO_LARGE,
          "the file needs more memory to parse than is available; it is too large or malformed", failure);
    }
    if (failure instanceof StackOverflowError) {
      return new UnreadableFileException(fileName, Reason.TRUNCATED_OR_CORRUPT,
          "the file is malformed: its structure is nested too deeply to parse", failure);
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StructureHandler.Stop stop) {
        return new UnreadableFileException(fileName, stop.reason, stop.getMessage(), failure);
      }
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException
          || t instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
        return new UnreadableFileException(fileName, Reason.ENCRYPTED, ENCRYPTED, failure);
      }
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("levels of xml element nesting")) { // Tika's guard calls this a zip bomb too
        return new UnreadableFileException(fileName, Reason.TRUNCATED_OR_CORRUPT,
            "the file is malformed: its elements are nested more than " + DocumentParser.MAX_NESTING
                + " levels deep", failure);
      }
      if (message.contains("zip bomb")) {
        return new UnreadableFileException(fileName, Reason.ZIP_BOMB, ZIP_BOMB, failure);
      }
      if (t instanceof ZeroByteFileException) {
        return new UnreadableFileException(fileName, Reason.EMPTY, "the file is empty", failure);
      }
      if (t instanceof TikaTimeoutException || t instanceof InterruptedException
          || t instanceof InterruptedIOException || t instanceof ClosedByInterruptException) {
        return new UnreadableFileException(fileName, Reason.TIMEOUT, "parsing took longer than the time limit", failure);
      }
      if (t instanceof UnsupportedFormatException) {
        return new UnreadableFileException(fileName, Reason.UNSUPPORTED_FORMAT,
            "the content is not a format thidua reads: " + t.getMessage(), failure);
      }
    }
    String what = format == null ? "file" : format.label() + " file";
    String cause = rootMessage(failure);
    boolean cut = hasCause(failure, EOFException.class) || hasCause(failure, ZipException.class);
    return new UnreadableFileException(fileName, Reason.TRUNCATED_OR_CORRUPT,
        "the " + what + " is " + (cut ? "cut short or damaged" : "damaged or malformed") + " and cannot be parsed"
            + (cause.isEmpty() ? "" : " (" + cause + ")"),
        failure);
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
