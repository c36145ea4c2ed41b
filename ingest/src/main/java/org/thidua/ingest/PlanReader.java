package org.thidua.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.thidua.ingest.extract.PlanExtractor;
import org.thidua.ingest.parse.DocumentParser;
import org.thidua.ingest.parse.UnreadableFileException;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.structure.PlanDocument;

/**
 * Reads a plan file into a {@link Plan}: hashes the bytes (SHA-256; the plan id is its first 16 hex
 * characters), parses them ({@link DocumentParser}), recovers structure and extracts ({@link PlanExtractor}).
 * A file that cannot be read fails with the parser's {@link UnreadableFileException}, which says why.
 *
 * <p>Thread-safe; one reader serves a whole batch. {@link #close()} stops the parser's worker threads.
 */
public final class PlanReader implements AutoCloseable {

  private final DocumentParser parser;
  private final PlanExtractor extractor;

  /** A reader with the default parser limits and thidua's dictionaries. */
  public PlanReader() {
    this(new DocumentParser(), new PlanExtractor());
  }

  public PlanReader(DocumentParser parser, PlanExtractor extractor) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** Reads a file; the plan's file name is the path's last element. */
  public Plan read(Path file) throws UnreadableFileException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      long size = Files.isRegularFile(file) ? Files.size(file) : -1;
      if (size <= 0 || size > parser.limits().maxFileBytes()) {
        // missing, empty, a directory or too large: the parser says so in its own words
        parser.parse(file);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableFileException(name, UnreadableFileException.Reason.IO,
          "the file cannot be read: " + e.getMessage(), e);
    }
    return read(name, bytes);
  }

  /** Reads a file's content held in memory. */
  public Plan read(String fileName, byte[] bytes) throws UnreadableFileException {
    PlanDocument doc = parser.parse(fileName, bytes);
    String sha256 = sha256(bytes);
    return extractor.extract(doc, sha256.substring(0, 16), sha256);
  }

  /** Extracts a plan from a document parsed elsewhere, given the original bytes' SHA-256. */
  public Plan extract(PlanDocument doc, String sha256) {
    return extractor.extract(doc, sha256.substring(0, 16), sha256);
  }

  /** Hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public void close() {
    parser.close();
  }
}
