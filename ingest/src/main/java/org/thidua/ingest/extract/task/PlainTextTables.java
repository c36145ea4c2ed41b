package org.thidua.ingest.extract.task;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;

/**
 * Structure recovery for plain text: turns tab-separated lines back into {@link Table} blocks. Two layouts
 * occur in text exported from Word:
 *
 * <ul>
 *   <li><b>row per line</b>: "1⇥Task text⇥Lead unit⇥Support units", rows possibly separated by blank lines
 *       where a page broke, and a row broken by a page split into a second line with empty cells;
 *   <li><b>cell per line</b>: each cell starts a line with a tab ("⇥01", "⇥Task text", "⇥- UBND tỉnh."), a
 *       cell's further lines follow without a tab, and a row holds as many cells as the header row has.
 * </ul>
 *
 * A run becomes a table only when it has at least two rows of at least two cells; anything else stays as
 * paragraphs. Runs end at a section heading. Linear in the number of lines.
 */
public final class PlainTextTables {

  private static final Pattern ROMAN_HEADING = Pattern.compile("^(?:[IVXLC]+|[A-ZĐ])\\s*[.)]\\s+\\S");
  private static final Pattern ROW_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*[.)]?\\s*$");
  private static final Pattern ROW_MARK =
      Pattern.compile("^\\s*(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]+)\\s*[.)]?\\s*$");
  private static final Pattern RECIPIENTS = Pattern.compile("(?iU)^nơi\\s+nhận");

  /** Returns the document with tab-separated runs of paragraphs replaced by tables. */
  public PlanDocument recover(PlanDocument doc) {
    List<Block> out = new ArrayList<>(doc.blocks().size());
    List<Paragraph> run = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof Paragraph p) {
        run.add(p);
      } else {
        out.addAll(recoverRun(run));
        run.clear();
        out.add(b);
      }
    }
    out.addAll(recoverRun(run));
    return new PlanDocument(doc.fileName(), doc.mediaType(), out, doc.metadata(), doc.warnings());
  }

  private List<Block> recoverRun(List<Paragraph> ps) {
    List<Block> out = new ArrayList<>();
    int n = ps.size();
    int i = 0;
    while (i < n) {
      if (isTabLine(ps.get(i))) {
        boolean cellPerLine = isSingleLeadingTab(ps.get(i)) && nextTabLineIsSingleLeading(ps, i);
        int end = cellPerLine ? cellPerLineEnd(ps, i) : rowPerLineEnd(ps, i);
        Table table = cellPerLine ? cellPerLineTable(ps, i, end) : rowPerLineTable(ps, i, end);
        if (table != null) {
          out.add(table);
          i = end;
          continue;
        }
      }
      out.add(ps.get(i));
      i++;
    }
    return out;
  }

  private static boolean isTabLine(Paragraph p) {
    return p.text().indexOf('\t') >= 0;
  }

  private static boolean isBlank(Paragraph p) {
    return p.text().isBlank();
  }

  private static boolean isSingleLeadingTab(Paragraph p) {
    String t = p.text();
    int first = t.indexOf('\t');
    return first >= 0 && t.substring(0, first).isBlank() && t.indexOf('\t', first + 1) < 0;
  }

  private static boolean nextTabLineIsSingleLeading(List<Paragraph> ps, int i) {
    for (int k = i + 1; k < ps.size() && k <= i + 3; k++) {
      if (isTabLine(ps.get(k))) {
        return isSingleLeadingTab(ps.get(k));
      }
    }
    return false;
  }

  static boolean isHeadingLike(Paragraph p) {
    String t = Text.clean(p.text());
    if (t.isEmpty()) {
      return false;
    }
    if (ROMAN_HEADING.matcher(t).find() || RECIPIENTS.matcher(t).find()) {
      return true;
    }
    return Text.isUpperCase(t) && Text.wordCount(t) >= 2 && !ROW_MARK.matcher(t).matches();
  }

  private static int nextNonBlank(List<Paragraph> ps, int from) {
    int k = from;
    while (k < ps.size() && isBlank(ps.get(k))) {
      k++;
    }
    return k;
  }

  // ---- row per line -----------------------------------------------------------------------------------

  private static int rowPerLineEnd(List<Paragraph> ps, int start) {
    int last = start;
    int j = start + 1;
    while (j < ps.size()) {
      Paragraph p = ps.get(j);
      if (isTabLine(p)) {
        last = j;
      } else if (!isBlank(p)) {
        // a line without tabs stays in the table when the table goes on after it: a cell's broken line, or a
        // heading row in capitals ("NHIỆM VỤ THỰC HIỆN TRONG QUÝ I"); a section heading ends the table
        int k = nextNonBlank(ps, j + 1);
        boolean continued = k < ps.size() && isTabLine(ps.get(k)) && !isSectionHeading(p);
        if (!continued) {
          break;
        }
      }
      j++;
    }
    return last + 1;
  }

  private static boolean isSectionHeading(Paragraph p) {
    String t = Text.clean(p.text());
    return ROMAN_HEADING.matcher(t).find() || RECIPIENTS.matcher(t).find();
  }

  private static Table rowPerLineTable(List<Paragraph> ps, int start, int end) {
    List<List<List<String>>> rows = new ArrayList<>();
    int width = 0;
    for (int j = start; j < end; j++) {
      Paragraph p = ps.get(j);
      if (isBlank(p)) {
        continue;
      }
      if (!isTabLine(p)) {
        String line = Text.clean(p.text());
        if (Text.isUpperCase(line) || p.heading()) {
          // a heading across the table
          List<List<String>> heading = new ArrayList<>();
          heading.add(new ArrayList<>(List.of(line)));
          rows.add(heading);
          continue;
        }
        // a line broken off a cell: add it to the widest cell of the row above
        if (!rows.isEmpty()) {
          List<List<String>> row = rows.getLast();
          int widest = 0;
          for (int c = 1; c < row.size(); c++) {
            if (length(row.get(c)) > length(row.get(widest))) {
              widest = c;
            }
          }
          row.get(widest).add(Text.clean(p.text()));
        }
        continue;
      }
      String[] parts = p.text().split("\t", -1);
      List<List<String>> row = new ArrayList<>();
      for (String part : parts) {
        List<String> cell = new ArrayList<>();
        String c = Text.clean(part);
        if (!c.isEmpty()) {
          cell.add(c);
        }
        row.add(cell);
      }
      // trailing empty cells carry no column information
      while (row.size() > 1 && row.getLast().isEmpty()) {
        row.removeLast();
      }
      if (row.stream().allMatch(List::isEmpty)) {
        continue;
      }
      width = Math.max(width, row.size());
      rows.add(row);
    }
    if (rows.size() < 2 || width < 2) {
      return null;
    }
    return toTable(rows, width);
  }

  private static int length(List<String> cell) {
    int n = 0;
    for (String s : cell) {
      n += s.length();
    }
    return n;
  }

  // ---- cell per line ----------------------------------------------------------------------------------

  private static int cellPerLineEnd(List<Paragraph> ps, int start) {
    int last = start;
    int j = start + 1;
    while (j < ps.size()) {
      Paragraph p = ps.get(j);
      if (isTabLine(p)) {
        if (!isSingleLeadingTab(p)) {
          break;
        }
        last = j;
      } else if (!isBlank(p)) {
        if (isHeadingLike(p) || p.heading()) {
          break;
        }
        int k = nextNonBlank(ps, j + 1);
        boolean continued = Text.hasBullet(p.text()) || (k < ps.size() && isTabLine(ps.get(k)));
        if (!continued) {
          break;
        }
        last = j;
      }
      j++;
    }
    return last + 1;
  }

  private static Table cellPerLineTable(List<Paragraph> ps, int start, int end) {
    // the header: as many cells as there are tab lines in a row at the start
    int columns = 0;
    for (int j = start; j < end && isTabLine(ps.get(j)); j++) {
      columns++;
    }
    if (columns < 2) {
      return null;
    }
    List<List<List<String>>> rows = new ArrayList<>();
    List<List<String>> row = new ArrayList<>();
    List<String> cell = null;
    Integer lastNumber = null;
    int tabLines = 0;
    for (int j = start; j < end; j++) {
      Paragraph p = ps.get(j);
      if (isBlank(p)) {
        continue;
      }
      if (!isTabLine(p)) {
        if (cell != null) {
          cell.add(Text.clean(p.text()));
        }
        continue;
      }
      String content = Text.clean(p.text());
      var number = ROW_NUMBER.matcher(content);
      Integer n = number.matches() ? Integer.valueOf(number.group(1)) : null;
      boolean header = tabLines++ < columns;
      boolean startRow =
          !header && row.size() >= columns
              // a lone heading cell ("QUÍ I/2018") is a row of its own
              || (!header && row.size() == 1 && !ROW_MARK.matcher(joined(row.getFirst())).matches())
              // a row that lost an empty cell: the next row number comes early
              || (!header && row.size() >= 2 && n != null && lastNumber != null && n == lastNumber + 1);
      if (startRow && !row.isEmpty()) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty() && n != null) {
        lastNumber = n;
      }
      cell = new ArrayList<>();
      if (!content.isEmpty()) {
        cell.add(content);
      }
      row.add(cell);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    if (rows.size() < 2) {
      return null;
    }
    return toTable(rows, columns);
  }

  private static String joined(List<String> cell) {
    return String.join(" ", cell);
  }

  private static Table toTable(List<List<List<String>>> rows, int width) {
    List<Table.Row> out = new ArrayList<>(rows.size());
    for (List<List<String>> row : rows) {
      List<Table.Cell> cells = new ArrayList<>(width);
      for (List<String> c : row) {
        cells.add(new Table.Cell(List.copyOf(c)));
      }
      while (cells.size() < width) {
        cells.add(new Table.Cell(List.of()));
      }
      out.add(new Table.Row(List.copyOf(cells)));
    }
    return new Table(List.copyOf(out));
  }
}
