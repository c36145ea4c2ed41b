package org.thidua.ingest.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link DraftPlan} as plain text in the layout of plans saved from Word as text: one paragraph per
 * line with a blank line between paragraphs, and each table row on one line with its cells separated by tabs.
 */
public final class TextPlanWriter {

  private TextPlanWriter() {}

  /** The draft as text (lines end with '\n'). */
  public static String write(DraftPlan draft) {
    StringBuilder out = new StringBuilder(8192);
    DraftPlan.Letterhead head = draft.letterhead();
    out.append('\n');
    for (String line : head.issuerLines()) {
      out.append(line).append('\n');
    }
    for (String line : head.mottoLines()) {
      out.append(line).append('\n');
    }
    out.append('\n').append(head.number()).append("\n\n").append(head.placeDate()).append("\n\n");
    for (DraftBlock block : draft.body()) {
      switch (block) {
        case DraftBlock.Text t -> out.append(t.text()).append("\n\n");
        case DraftBlock.Grid g -> {
          for (DraftBlock.Row row : g.rows()) {
            out.append(rowLines(row)).append('\n');
          }
          out.append('\n');
        }
        case DraftBlock.PageBreak p -> out.append('\f').append('\n');
        case DraftBlock.Closing c -> closing(draft, out);
      }
    }
    if (!draft.closingInBody()) {
      closing(draft, out);
    }
    return out.toString();
  }

  private static void closing(DraftPlan draft, StringBuilder out) {
    out.append("Nơi nhận:\n\n");
    for (String r : draft.recipients()) {
      out.append(r).append('\n');
    }
    out.append('\n');
    DraftPlan.Signature s = draft.signature();
    if (s.authority() != null) {
      out.append(s.authority()).append('\n');
    }
    out.append(s.role()).append("\n\n").append(s.name()).append("\n\n");
  }

  /**
   * A row as printed: usually one line; a row cut by a page break becomes its first part, a blank line, and
   * a line with an empty first cell holding the rest of the text (the other cells stay on the first part).
   */
  static String rowLines(DraftBlock.Row row) {
    if (row.textBreak() == 0) {
      return rowLine(row);
    }
    String text = flatten(row.cells().get(1));
    String[] words = text.split(" ");
    if (row.textBreak() >= words.length) {
      return rowLine(row);
    }
    List<String> first = new ArrayList<>(row.cells().size());
    List<String> rest = new ArrayList<>(row.cells().size());
    for (int c = 0; c < row.cells().size(); c++) {
      if (c == 1) {
        first.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, row.textBreak())));
        rest.add(String.join(" ", java.util.Arrays.copyOfRange(words, row.textBreak(), words.length)));
      } else {
        first.add(flatten(row.cells().get(c)));
        rest.add("");
      }
    }
    return String.join("\t", first) + "\n\n" + String.join("\t", rest);
  }

  /** One table row: cells separated by tabs, a cell's paragraphs joined on one line. */
  static String rowLine(DraftBlock.Row row) {
    if (row.kind() == DraftBlock.RowKind.SPAN) {
      return flatten(row.cells().get(0));
    }
    List<String> cells = new ArrayList<>(row.cells().size());
    for (String cell : row.cells()) {
      cells.add(flatten(cell));
    }
    return String.join("\t", cells);
  }

  /** A cell's paragraphs on one line: list items joined with "; ", as offices do when they retype a table. */
  private static String flatten(String cell) {
    if (cell.indexOf('\n') < 0) {
      return cell;
    }
    List<String> parts = new ArrayList<>();
    for (String p : cell.split("\n")) {
      String s = p.strip();
      if (s.startsWith("- ")) {
        s = s.substring(2);
      }
      while (s.endsWith(";") || s.endsWith(".")) {
        s = s.substring(0, s.length() - 1).strip();
      }
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    return String.join("; ", parts);
  }
}
