package org.thidua.ingest.structure;

import java.util.List;

/**
 * A table: rows of cells; each cell holds its own paragraphs.
 *
 * @param rows rows in order; a header row is an ordinary row
 */
public record Table(List<Row> rows) implements Block {

  /** One table row. */
  public record Row(List<Cell> cells) {}

  /** One cell: its paragraphs in order. */
  public record Cell(List<String> paragraphs) {
    /** The cell's paragraphs joined with newlines. */
    public String text() {
      return String.join("\n", paragraphs);
    }
  }
}
