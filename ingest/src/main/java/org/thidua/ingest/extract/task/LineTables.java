package org.thidua.ingest.extract.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.Keys;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;

/**
 * Structure recovery for task tables whose cells came out as separate lines, without tabs or positions — the
 * text layer of a PDF: a header line ("TT Nội dung Đơn vị chủ trì Đơn vị phối hợp", perhaps wrapped), then
 * rows that start with their number ("1 Ban hành Kế hoạch …"), the task text over a few lines up to its final
 * full stop, then the lines of the unit cells; quarter lines ("Quý III/2025", "I Quý I năm 2023") between
 * rows; the header repeated and a page number after a page break.
 *
 * <p>Units are the weak part: cells side by side on one line cannot be told apart without positions, so a
 * line is cut where a second known body begins ("Ban Tổ chức Văn phòng"), wrapped lines are joined when one
 * ends with "," "-" or "và" or the next goes on in lower case, and the first unit leads, the others support.
 */
public final class LineTables {

  private static final Pattern ROW = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:-\\s*)?\\d{1,3}(?:\\s*-)?\\s*$");
  private static final Pattern SECTION =
      Pattern.compile("(?iU)^(?:[IVXLC]+\\s*[.)]\\s+\\S|\\d{1,2}\\s*[.)]\\s+\\S|nơi\\s+nhận|phụ\\s+lục)");
  private static final Pattern ROMAN_PREFIX = Pattern.compile("^[IVXLC]+\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.;!?]\\s*$");
  private static final Pattern JOINS_NEXT = Pattern.compile("(?U)(?:[,\\-–&]|\\s(?:và|của|thuộc))\\s*$");

  private record Term(String key, TaskExtractor.Role role, String label) {}

  private final List<Term> terms = new ArrayList<>();
  private final Quarters quarters;
  private final Pattern head;
  private final Pattern inlineHead;

  public LineTables(PlanTerms planTerms) {
    add(planTerms, "column.no", TaskExtractor.Role.NO, "TT");
    add(planTerms, "column.text", TaskExtractor.Role.TEXT, "Nội dung");
    add(planTerms, "column.lead", TaskExtractor.Role.LEAD, "Đơn vị chủ trì");
    add(planTerms, "column.support", TaskExtractor.Role.SUPPORT, "Đơn vị phối hợp");
    add(planTerms, "column.time", TaskExtractor.Role.TIME, "Thời gian");
    terms.sort(Comparator.comparingInt((Term t) -> t.key().length()).reversed());
    this.quarters = new Quarters(planTerms);
    this.head = Pattern.compile("(?U)^(?:" + planTerms.pattern("unit.head") + ")(?![\\p{L}])");
    this.inlineHead =
        Pattern.compile("(?U)(?<=\\S )(?:" + planTerms.pattern("unit.head.inline") + ")(?![\\p{L}])");
  }

  private void add(PlanTerms planTerms, String category, TaskExtractor.Role role, String label) {
    for (String t : planTerms.get(category)) {
      terms.add(new Term(Keys.fold(t), role, label));
    }
  }

  public PlanDocument recover(PlanDocument doc) {
    List<Block> blocks = doc.blocks();
    List<Block> out = new ArrayList<>(blocks.size());
    int i = 0;
    while (i < blocks.size()) {
      List<Term> header = null;
      if (blocks.get(i) instanceof Paragraph p && isHeaderStart(p.text())) {
        // the header may wrap over a few short lines ("… Đơn vị phối" / "hợp")
        StringBuilder joined = new StringBuilder(p.text());
        for (int k = i + 1; k < skipHeaderTail(blocks, i + 1); k++) {
          joined.append(' ').append(((Paragraph) blocks.get(k)).text());
        }
        header = header(joined.toString());
      }
      if (header == null) {
        out.add(blocks.get(i++));
        continue;
      }
      int[] end = new int[1];
      Table table = table(blocks, i, header, end);
      if (table == null) {
        out.add(blocks.get(i++));
      } else {
        out.add(table);
        i = end[0];
      }
    }
    return new PlanDocument(doc.fileName(), doc.mediaType(), out, doc.metadata(), doc.warnings());
  }

  /** Whether a line begins a table header: a number column, then a text column. */
  private boolean isHeaderStart(String line) {
    List<Term> found = header(line, false);
    return found != null;
  }

  private List<Term> header(String line) {
    return header(line, true);
  }

  /** The columns a header line names, in order, when it starts with a number column and names a text column. */
  private List<Term> header(String line, boolean complete) {
    String k = Keys.fold(line);
    List<Term> found = new ArrayList<>();
    int at = 0;
    while (at < k.length()) {
      Term hit = null;
      for (Term t : terms) {
        if (k.startsWith(t.key(), at) && (at + t.key().length() == k.length() || k.charAt(at + t.key().length()) == ' ')) {
          hit = t;
          break;
        }
      }
      if (hit != null) {
        TaskExtractor.Role role = hit.role();
        if (found.stream().noneMatch(f -> f.role() == role)) {
          found.add(hit);
        }
        at += hit.key().length();
      } else {
        int space = k.indexOf(' ', at);
        at = space < 0 ? k.length() : space;
      }
      while (at < k.length() && k.charAt(at) == ' ') {
        at++;
      }
    }
    boolean ok = found.size() >= (complete ? 3 : 2) && found.getFirst().role() == TaskExtractor.Role.NO
        && found.get(1).role() == TaskExtractor.Role.TEXT;
    return ok ? found : null;
  }

  private Table table(List<Block> blocks, int start, List<Term> header, int[] end) {
    List<Table.Row> rows = new ArrayList<>();
    List<Table.Cell> headerCells = new ArrayList<>();
    for (Term t : header) {
      headerCells.add(new Table.Cell(List.of(t.label())));
    }
    rows.add(new Table.Row(headerCells));
    int i = start + 1;
    i = skipHeaderTail(blocks, i);
    String no = null;
    List<String> lines = new ArrayList<>();
    int tasks = 0;
    int lastNumber = 0;
    while (i < blocks.size() && blocks.get(i) instanceof Paragraph p) {
      String t = Text.clean(p.text());
      if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches()) {
        i++;
        continue;
      }
      if (isHeaderStart(t)) {
        i = skipHeaderTail(blocks, i + 1);
        continue;
      }
      Matcher row = ROW.matcher(t);
      // a row starts with the next number (or 1 again after a quarter line); "6 tháng đầu năm …" goes on a row
      boolean rowStart = row.matches() && (Integer.parseInt(row.group(1)) == lastNumber + 1
          || Integer.parseInt(row.group(1)) == 1 || no == null);
      boolean quarterLine = Text.wordCount(t) <= 8 && !SENTENCE_END.matcher(t).find()
          && (quarters.namesQuarter(t) || quarters.namesYearRound(t)) && !rowStart;
      if (quarterLine || rowStart || SECTION.matcher(t).find()) {
        if (no != null) {
          rows.add(row(no, lines, header));
          tasks++;
        }
        no = null;
        lines = new ArrayList<>();
      }
      if (quarterLine) {
        rows.add(headingRow(ROMAN_PREFIX.matcher(t).replaceFirst(""), header.size()));
      } else if (rowStart) {
        no = row.group(1);
        lastNumber = Integer.parseInt(no);
        lines.add(row.group(2));
      } else if (SECTION.matcher(t).find()) {
        break;
      } else if (no != null) {
        lines.add(t);
      }
      i++;
    }
    if (no != null) {
      rows.add(row(no, lines, header));
      tasks++;
    }
    end[0] = i;
    return tasks == 0 ? null : new Table(List.copyOf(rows));
  }

  /** Wrapped pieces of the header ("chủ trì", "Phối hợp"): short lines before the first row or quarter. */
  private int skipHeaderTail(List<Block> blocks, int i) {
    while (i < blocks.size() && blocks.get(i) instanceof Paragraph p) {
      String t = Text.clean(p.text());
      if (t.isEmpty() || Text.wordCount(t) > 4 || ROW.matcher(t).matches() || quarters.namesQuarter(t)
          || quarters.namesYearRound(t) || SECTION.matcher(t).find()) {
        return i;
      }
      i++;
    }
    return i;
  }

  private static Table.Row headingRow(String text, int width) {
    List<Table.Cell> cells = new ArrayList<>();
    cells.add(new Table.Cell(List.of(text)));
    while (cells.size() < width) {
      cells.add(new Table.Cell(List.of()));
    }
    return new Table.Row(cells);
  }

  private Table.Row row(String no, List<String> lines, List<Term> header) {
    // the task text runs to its full stop (or, without one, as long as lines go on in lower case)
    int textEnd = 0;
    while (textEnd < lines.size()) {
      String l = lines.get(textEnd++);
      if (SENTENCE_END.matcher(l).find()) {
        break;
      }
      if (textEnd < lines.size() && !startsLower(lines.get(textEnd)) && !hasSentenceEndAhead(lines, textEnd)) {
        break;
      }
    }
    String text = String.join(" ", lines.subList(0, textEnd));
    List<String> chunks = unitChunks(lines.subList(textEnd, lines.size()));
    List<String> time = new ArrayList<>();
    List<String> units = new ArrayList<>();
    for (String c : chunks) {
      (header.stream().anyMatch(h -> h.role() == TaskExtractor.Role.TIME) && isTime(c) ? time : units).add(c);
    }
    boolean support = header.stream().anyMatch(h -> h.role() == TaskExtractor.Role.SUPPORT);
    List<Table.Cell> cells = new ArrayList<>();
    for (Term h : header) {
      List<String> content =
          switch (h.role()) {
            case NO -> List.of(no);
            case TEXT -> List.of(text);
            case LEAD -> support ? units.stream().limit(1).toList() : units;
            case SUPPORT -> units.stream().skip(1).toList();
            case TIME -> time;
            default -> List.of();
          };
      cells.add(new Table.Cell(List.copyOf(content)));
    }
    return new Table.Row(cells);
  }

  private static boolean hasSentenceEndAhead(List<String> lines, int from) {
    // a text that ends with a full stop a few lines on keeps its capitalised lines ("… Ngày Nhà giáo Việt" /
    // "Nam (20/11/1982 …).")
    for (int k = from; k < Math.min(lines.size(), from + 3); k++) {
      if (SENTENCE_END.matcher(lines.get(k)).find()) {
        return k == from || startsLower(lines.get(from)) || Text.wordCount(lines.get(from)) > 3;
      }
    }
    return false;
  }

  private boolean isTime(String chunk) {
    return Text.wordCount(chunk) <= 6 && (quarters.fromTime(chunk) != null);
  }

  private static boolean startsLower(String s) {
    return !s.isEmpty() && (Character.isLowerCase(s.charAt(0)) || Character.isDigit(s.charAt(0)));
  }

  /**
   * Unit lines: a line that begins with a unit word ("Ban", "Phòng", "Các" …) begins a unit, other lines go on
   * with the one above unless it ended with ";"; a unit word inside a line (outside parentheses) after a whole
   * name begins a second unit ("Ban Tổ chức Văn phòng").
   */
  private List<String> unitChunks(List<String> lines) {
    List<String> joined = new ArrayList<>();
    for (String l : lines) {
      boolean goesOn = !joined.isEmpty() && !joined.getLast().endsWith(";")
          && (JOINS_NEXT.matcher(joined.getLast()).find() || !head.matcher(l).find());
      if (goesOn) {
        joined.set(joined.size() - 1, joined.getLast() + " " + l);
      } else {
        joined.add(l);
      }
    }
    List<String> out = new ArrayList<>();
    for (String j : joined) {
      int from = 0;
      Matcher m = inlineHead.matcher(j);
      while (m.find()) {
        String before = j.substring(from, m.start());
        if (depth(j, m.start()) == 0 && !JOINS_NEXT.matcher(before).find() && !before.isBlank()) {
          out.add(before.strip());
          from = m.start();
        }
      }
      out.add(j.substring(from).strip());
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  private static int depth(String s, int pos) {
    int d = 0;
    for (int i = 0; i < pos; i++) {
      if (s.charAt(i) == '(') {
        d++;
      } else if (s.charAt(i) == ')' && d > 0) {
        d--;
      }
    }
    return d;
  }
}
