package org.thidua.ingest.index;

import org.thidua.ingest.plan.Plan;

/**
 * Reads one file into a {@link Plan} for the index; {@link org.thidua.ingest.PlanReader#read(String, byte[])} is
 * the one thidua uses.
 */
@FunctionalInterface
public interface PlanFileReader {
  /**
   * @param fileName the file's name, no directories
   * @param bytes its content
   * @return the extracted plan, whose id and sha256 are those of {@code bytes}
   * @throws Exception when the file cannot be read; the message (for an
   *     {@link org.thidua.ingest.parse.UnreadableFileException}, its detail and reason) is reported for that file
   */
  Plan read(String fileName, byte[] bytes) throws Exception;
}
