package org.thidua.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;

/**
 * A plan read as lines in document order: each paragraph line, and each paragraph of each table cell (row by
 * row, cell by cell). Lines are cleaned ({@link Text#clean}); empty lines are kept because blank lines end
 * titles and lists in plain text.
 */
public final class DocumentLines {

  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

  /**
   * One line.
   *
   * @param text the cleaned text ("" for a blank line)
   * @param raw the text as parsed (tabs kept)
   * @param block index of the block it comes from
   * @param row row index for a table cell's line, else -1
   * @param cell cell index for a table cell's line, else -1
   */
  public record Line(String text, String raw, int block, int row, int cell) {
    public boolean inTable() {
      return row >= 0;
    }

    public boolean isBlank() {
      return text.isEmpty();
    }
  }

  private final List<Line> lines;

  private DocumentLines(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  public static DocumentLines of(PlanDocument doc) {
    List<Line> out = new ArrayList<>();
    List<Block> blocks = doc.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      switch (blocks.get(b)) {
        case Paragraph p -> {
          for (String raw : LINE_BREAK.split(p.text(), -1)) {
            out.add(new Line(Text.clean(raw), raw, b, -1, -1));
          }
        }
        case Table t -> {
          for (int r = 0; r < t.rows().size(); r++) {
            List<Table.Cell> cells = t.rows().get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
              for (String para : cells.get(c).paragraphs()) {
                for (String raw : LINE_BREAK.split(para, -1)) {
                  out.add(new Line(Text.clean(raw), raw, b, r, c));
                }
              }
            }
          }
        }
      }
    }
    return new DocumentLines(out);
  }

  public List<Line> lines() {
    return lines;
  }

  public int size() {
    return lines.size();
  }

  public Line get(int i) {
    return lines.get(i);
  }

  public String text(int i) {
    return lines.get(i).text();
  }
}
