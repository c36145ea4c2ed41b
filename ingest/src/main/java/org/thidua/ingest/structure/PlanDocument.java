package org.thidua.ingest.structure;

import java.util.List;
import java.util.Map;

/**
 * A parsed file as a sequence of blocks (paragraphs and tables), in document order. Produced from Tika's
 * XHTML for structured formats and from line heuristics for plain text; consumed by extraction.
 *
 * @param fileName the original file name
 * @param mediaType detected media type
 * @param blocks paragraphs and tables in document order
 * @param metadata selected Tika metadata (title, author, created, …)
 * @param warnings things a user should know (OCR used, legacy encoding converted, …)
 */
public record PlanDocument(
    String fileName,
    String mediaType,
    List<Block> blocks,
    Map<String, String> metadata,
    List<String> warnings) {}
