package org.thidua.ingest.index;

import org.thidua.ingest.plan.Plan;

/** Reads one file into a {@link Plan}; the index does not care how. */
@FunctionalInterface
public interface PlanExtractor {
  /**
   * @param fileName the file's name, no directories
   * @param bytes its content
   * @return the extracted plan
   * @throws Exception when the file cannot be read; the message says why and is reported for that file
   */
  Plan extract(String fileName, byte[] bytes) throws Exception;
}
