package org.thidua.ingest.index;

import java.nio.file.Path;

/**
 * The original file of a plan.
 *
 * @param fileName the name it was ingested under, no directories
 * @param mediaType its detected media type, or application/octet-stream
 * @param path where its bytes are kept
 */
public record StoredSource(String fileName, String mediaType, Path path) {}
