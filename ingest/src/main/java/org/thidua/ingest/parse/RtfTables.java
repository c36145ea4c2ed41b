package org.thidua.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.Table;

/**
 * Tables of RTF files. Tika's RTF parser writes each table cell as a paragraph and forgets rows. Before the
 * parse, the RTF gets invisible marks (private-use characters, as RTF {@code \}{@code uN} escapes) where a
 * paragraph is in a table ({@code \intbl}), where a cell ends ({@code \cell}) and where a row ends
 * ({@code \row}); after it, the marked paragraphs are gathered back into {@link Table}s.
 */
final class RtfTables {

  static final char CELL_END = '\uE000';
  static final char ROW_END = '\uE001';
  static final char IN_TABLE = '\uE002';

  /** A control word not itself escaped (an even run of backslashes before it), and not a longer word. */
  private static final Pattern TABLE_WORDS =
      Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\(cell|row|intbl)(?![a-zA-Z])( ?)");

  private RtfTables() {}

  /** The RTF with marks, or the same bytes when it has no tables. */
  static byte[] mark(byte[] rtf) {
    String source = new String(rtf, StandardCharsets.ISO_8859_1); // byte for byte: RTF is 7-bit with escapes
    if (!source.contains("\\cell")) {
      return rtf;
    }
    Matcher m = TABLE_WORDS.matcher(source);
    StringBuilder out = new StringBuilder(source.length() + 1024);
    while (m.find()) {
      String word = m.group(2);
      String delimiter = m.group(3); // the space that ends a control word is not text
      String mark = switch (word) {
        case "cell" -> escape(CELL_END) + "\\cell" + delimiter;
        case "row" -> escape(ROW_END) + "\\row" + delimiter;
        default -> "\\intbl" + escape(IN_TABLE);
      };
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + mark));
    }
    m.appendTail(out);
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A group of its own, so the {@code \}{@code uc} setting (characters to skip after it) stays local. */
  private static String escape(char c) {
    return "{\\uc1\\u" + (int) (short) c + "?}";
  }

  /** The blocks with runs of marked paragraphs turned into tables and the marks removed. */
  static List<Block> rebuild(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    List<Table.Row> rows = null;
    List<Table.Cell> row = new ArrayList<>();
    List<String> cell = new ArrayList<>();
    for (Block block : blocks) {
      if (!(block instanceof Paragraph p) || !marked(p.text())) {
        if (rows != null) {
          out.add(finish(rows, row, cell));
          rows = null;
          row = new ArrayList<>();
          cell = new ArrayList<>();
        }
        out.add(block);
        continue;
      }
      if (rows == null) {
        rows = new ArrayList<>();
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < p.text().length(); i++) {
        char c = p.text().charAt(i);
        if (c == CELL_END) {
          addLine(cell, text);
          row.add(new Table.Cell(List.copyOf(cell)));
          cell = new ArrayList<>();
        } else if (c == ROW_END) {
          addLine(cell, text);
          if (!cell.isEmpty()) {
            row.add(new Table.Cell(List.copyOf(cell)));
            cell = new ArrayList<>();
          }
          if (!row.isEmpty()) {
            rows.add(new Table.Row(List.copyOf(row)));
          }
          row = new ArrayList<>();
          String rest = p.text().substring(i + 1);
          if (!rest.isBlank() && !marked(rest)) { // the table's last row, then a paragraph after the table
            out.add(new Table(List.copyOf(rows)));
            rows = null;
            out.add(new Paragraph(rest, p.heading()));
            break;
          }
        } else if (c != IN_TABLE) {
          text.append(c);
        }
      }
      if (rows != null) {
        addLine(cell, text); // the cell goes on in the next paragraph
      }
    }
    if (rows != null) {
      out.add(finish(rows, row, cell));
    }
    return out;
  }

  private static boolean marked(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == CELL_END || c == ROW_END || c == IN_TABLE) {
        return true;
      }
    }
    return false;
  }

  private static void addLine(List<String> cell, StringBuilder text) {
    if (!text.toString().isBlank()) {
      cell.add(text.toString());
    }
    text.setLength(0);
  }

  private static Table finish(List<Table.Row> rows, List<Table.Cell> row, List<String> cell) {
    if (!cell.isEmpty()) {
      row.add(new Table.Cell(List.copyOf(cell)));
    }
    if (!row.isEmpty()) {
      rows.add(new Table.Row(List.copyOf(row)));
    }
    return new Table(List.copyOf(rows));
  }
}
