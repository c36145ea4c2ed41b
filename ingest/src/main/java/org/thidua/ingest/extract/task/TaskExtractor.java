package org.thidua.ingest.extract.task;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.Keys;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.extract.DocumentLines;
import org.thidua.ingest.extract.text.Deadlines;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.extract.text.VietnameseDates;
import org.thidua.ingest.extract.unit.UnitCanonicalizer;
import org.thidua.ingest.plan.ResponsibleUnit;
import org.thidua.ingest.plan.Task;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;

/**
 * Tasks: every row of the plan's task tables and appendices, in document order.
 *
 * <p>Columns are known by their headers (dictionary {@code column.*} terms: "TT", "Nội dung", "Đơn vị chủ trì",
 * "Đơn vị phối hợp", "Thời gian", …) or, in a table without a header, by their content: a column of row
 * numbers, the column of longest texts, then unit columns (the first leads, the second supports) and time
 * columns. Rows that only name a quarter ("QUÝ II/2018", "I | Nhiệm vụ thực hiện trong quý I") set the quarter
 * of the rows below; a row with neither number nor units continues the task above (a page broke it). A table
 * without a header that follows a task table with as many columns continues it.
 *
 * <p>Plans without a task table list tasks as paragraphs under quarter headings ("1. Quý I", "- Task (Chủ
 * trì: …; phối hợp: …)"); those are read as tasks too.
 */
public final class TaskExtractor {

  enum Role { NO, TEXT, LEAD, SUPPORT, TIME, NOTE }

  private record Term(String key, String keyAndSpace, Role role) {
    Term(String key, Role role) {
      this(key, key + " ", role);
    }
  }

  private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)\\s*[.)]?$");
  private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+|[A-ZĐ])\\s*[.)]?$");
  private static final Pattern ITEM_MARK =
      Pattern.compile("^\\s*(?:(\\d{1,3}(?:\\.\\d{1,3})*)\\s*[.)]|[a-zđ]\\)|[-+•●▪])\\s*(?=\\S)");
  private static final Pattern SECTION =
      Pattern.compile("^(?:[IVXLC]+\\s*[.)]|PHẦN\\s+\\S+|Phần\\s+\\S+)\\s*\\S");
  private static final Pattern LEAD_LABEL =
      Pattern.compile("(?iU)(?:đơn vị|cơ quan|bộ phận)?\\s*(?:chủ trì|thực hiện)\\s*:\\s*([^;()]+)");
  private static final Pattern SUPPORT_LABEL =
      Pattern.compile("(?iU)(?:đơn vị|cơ quan|bộ phận)?\\s*phối hợp\\s*:\\s*([^;()]+)");
  private static final Pattern TIME_LABEL =
      Pattern.compile("(?iU)(?:thời gian|thời hạn|tiến độ)(?:\\s+thực hiện|\\s+hoàn thành)?\\s*:\\s*([^;()]+)");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[;,]\\s*$");
  private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*[;,]?\\s*\\)");

  private final List<Term> terms = new ArrayList<>();
  private final Quarters quarters;
  private final UnitCanonicalizer units;
  private final Deadlines deadlines;
  private final Pattern implementation;

  public TaskExtractor(PlanTerms planTerms, UnitCanonicalizer units, Deadlines deadlines) {
    Map<Role, String> categories = new EnumMap<>(Role.class);
    categories.put(Role.NO, "column.no");
    categories.put(Role.TEXT, "column.text");
    categories.put(Role.LEAD, "column.lead");
    categories.put(Role.SUPPORT, "column.support");
    categories.put(Role.TIME, "column.time");
    categories.put(Role.NOTE, "column.note");
    categories.forEach((role, cat) -> planTerms.get(cat).forEach(t -> terms.add(new Term(Keys.fold(t), role))));
    terms.sort((a, b) -> Integer.compare(b.key().length(), a.key().length()));
    this.quarters = new Quarters(planTerms);
    this.units = units;
    this.deadlines = deadlines;
    this.implementation =
        Pattern.compile("(?iU)" + planTerms.pattern("section.implementation"));
  }

  /** Tasks from the document's tables, or from quarter-headed paragraphs when it has no task table. */
  public List<Task> extract(PlanDocument doc, DocumentLines lines) {
    List<Task> tasks = new ArrayList<>();
    State state = new State();
    for (Block b : doc.blocks()) {
      if (b instanceof Table t) {
        fromTable(t, state, tasks);
      }
    }
    flush(state, tasks);
    if (!state.sawTaskTable) {
      fromParagraphs(lines, tasks);
    }
    return tasks;
  }

  /** What carries from one table to the next: column roles and the current quarter. */
  private static final class State {
    Role[] roles;
    int width;
    String quarter;
    boolean sawTaskTable;
    TaskBuilder last;
  }

  private static final class TaskBuilder {
    final String no;
    final StringBuilder text = new StringBuilder();
    final String quarter;
    final List<ResponsibleUnit> lead;
    final List<ResponsibleUnit> support;
    String deadline;

    TaskBuilder(String no, String text, String quarter, List<ResponsibleUnit> lead, List<ResponsibleUnit> support) {
      this.no = no;
      this.text.append(text);
      this.quarter = quarter;
      this.lead = lead;
      this.support = support;
    }
  }

  // ---- tables -----------------------------------------------------------------------------------------

  private void fromTable(Table table, State state, List<Task> tasks) {
    List<Table.Row> rows = table.rows();
    if (rows.isEmpty()) {
      return;
    }
    int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    int first = 0;
    Role[] roles = null;
    for (int r = 0; r < Math.min(3, rows.size()); r++) {
      Role[] header = headerRoles(rows.get(r));
      if (header != null) {
        roles = header;
        first = r + 1;
        // a second header row under merged cells: "Đơn vị thực hiện" over "Chủ trì" | "Phối hợp"
        if (first < rows.size()) {
          Role[] sub = subHeaderRoles(rows.get(first), roles.length);
          if (sub != null) {
            for (int c = 0; c < roles.length; c++) {
              if (sub[c] != null) {
                roles[c] = sub[c];
              }
            }
            first++;
          }
        }
        break;
      }
    }
    if (roles == null && state.roles != null && state.width == width) {
      roles = state.roles;
    }
    if (roles == null) {
      roles = inferRoles(rows, width);
    }
    if (roles == null || indexOf(roles, Role.TEXT) < 0
        || (indexOf(roles, Role.LEAD) < 0 && indexOf(roles, Role.TIME) < 0 && indexOf(roles, Role.NO) < 0)) {
      return;
    }
    if (roles != state.roles) {
      flush(state, tasks);
    }
    state.roles = roles;
    state.width = width;
    for (int r = first; r < rows.size(); r++) {
      row(rows.get(r), roles, state, tasks);
    }
  }

  private Role roleOf(String cellText) {
    String k = Keys.fold(cellText);
    if (k.isEmpty()) {
      return null;
    }
    for (Term t : terms) {
      if (k.startsWith(t.keyAndSpace()) || k.equals(t.key())) {
        return t.role();
      }
    }
    return null;
  }

  private Role[] headerRoles(Table.Row row) {
    List<Table.Cell> cells = row.cells();
    Role[] roles = new Role[cells.size()];
    int matched = 0;
    boolean text = false;
    for (int c = 0; c < cells.size(); c++) {
      String t = Text.clean(cells.get(c).text());
      if (t.length() > 60) {
        return null;
      }
      Role role = roleOf(t);
      roles[c] = role;
      if (role != null) {
        matched++;
        text |= role == Role.TEXT;
      }
    }
    if (matched < 2 || !text) {
      return null;
    }
    // columns without a header word: left of the text a number, right of it a unit column
    for (int c = 0; c < roles.length; c++) {
      if (roles[c] == null) {
        roles[c] = c < indexOf(roles, Role.TEXT) ? Role.NO : Role.NOTE;
      }
    }
    disambiguateUnitColumns(roles);
    return roles;
  }

  private Role[] subHeaderRoles(Table.Row row, int width) {
    Role[] roles = new Role[width];
    int matched = 0;
    for (int c = 0; c < row.cells().size() && c < width; c++) {
      String t = Text.clean(row.cells().get(c).text());
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() > 40) {
        return null;
      }
      Role role = roleOf(t);
      if (role == null) {
        return null;
      }
      roles[c] = role;
      matched++;
    }
    return matched > 0 ? roles : null;
  }

  /** Two "lead" headers ("Đơn vị chủ trì", "Đơn vị") never make two lead columns: the second supports. */
  private static void disambiguateUnitColumns(Role[] roles) {
    int lead = indexOf(roles, Role.LEAD);
    for (int c = lead + 1; lead >= 0 && c < roles.length; c++) {
      if (roles[c] == Role.LEAD) {
        roles[c] = indexOf(roles, Role.SUPPORT) < 0 ? Role.SUPPORT : Role.NOTE;
      }
    }
  }

  /** Roles from content, for tables without a header row. */
  private Role[] inferRoles(List<Table.Row> rows, int width) {
    if (width < 3) {
      return null;
    }
    Role[] roles = new Role[width];
    int numbered = 0;
    int nonEmptyFirst = 0;
    double[] avg = new double[width];
    int[] timeLike = new int[width];
    int[] nonEmpty = new int[width];
    for (Table.Row row : rows) {
      for (int c = 0; c < row.cells().size(); c++) {
        String t = Text.clean(row.cells().get(c).text());
        if (t.isEmpty()) {
          continue;
        }
        nonEmpty[c]++;
        avg[c] += t.length();
        if (c == 0) {
          nonEmptyFirst++;
          if (ROW_NUMBER.matcher(t).matches()) {
            numbered++;
          }
        }
        if (t.length() < 60 && (quarters.fromTime(t) != null || VietnameseDates.find(t) != null)) {
          timeLike[c]++;
        }
      }
    }
    if (numbered < 2 || numbered * 2 < nonEmptyFirst) {
      return null;
    }
    roles[0] = Role.NO;
    // the text column is the one after the numbers unless another holds much longer texts
    int text = 1;
    for (int c = 1; c < width; c++) {
      avg[c] = nonEmpty[c] == 0 ? 0 : avg[c] / nonEmpty[c];
    }
    for (int c = 2; c < width; c++) {
      if (avg[c] > 1.5 * avg[text]) {
        text = c;
      }
    }
    roles[text] = Role.TEXT;
    boolean lead = false;
    boolean support = false;
    for (int c = 1; c < width; c++) {
      if (c == text) {
        continue;
      }
      if (c < text) {
        roles[c] = Role.NOTE;
      } else if (nonEmpty[c] > 0 && timeLike[c] * 2 >= nonEmpty[c]) {
        roles[c] = Role.TIME;
      } else if (!lead) {
        roles[c] = Role.LEAD;
        lead = true;
      } else if (!support) {
        roles[c] = Role.SUPPORT;
        support = true;
      } else {
        roles[c] = Role.NOTE;
      }
    }
    return lead ? roles : null;
  }

  private static int indexOf(Role[] roles, Role role) {
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == role) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> cell(Table.Row row, Role[] roles, Role role) {
    int c = indexOf(roles, role);
    if (c < 0 || c >= row.cells().size()) {
      return List.of();
    }
    return row.cells().get(c).paragraphs();
  }

  /** A cell's paragraphs as one text: bullets dropped, lines joined with spaces. */
  private static String join(List<String> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (String p : paragraphs) {
      for (String line : LINE_BREAK.split(p)) {
        String t = Text.stripBullet(Text.clean(line));
        if (t.isEmpty()) {
          continue;
        }
        if (!sb.isEmpty()) {
          sb.append(' ');
        }
        sb.append(t);
      }
    }
    return sb.toString();
  }

  private void row(Table.Row row, Role[] roles, State state, List<Task> tasks) {
    List<String> nonEmpty = new ArrayList<>();
    int lastNonEmpty = -1;
    for (int c = 0; c < row.cells().size(); c++) {
      String t = join(row.cells().get(c).paragraphs());
      if (!t.isEmpty()) {
        nonEmpty.add(t);
        lastNonEmpty = c;
      }
    }
    if (nonEmpty.isEmpty()) {
      return;
    }
    String no = Text.stripTrailingPunctuation(join(cell(row, roles, Role.NO)));
    String text = join(cell(row, roles, Role.TEXT));
    List<String> leadCell = cell(row, roles, Role.LEAD);
    List<String> supportCell = cell(row, roles, Role.SUPPORT);
    String time = join(cell(row, roles, Role.TIME));
    boolean noUnits = join(leadCell).isEmpty() && join(supportCell).isEmpty() && time.isEmpty();

    // a repeated header row (next page); header rows carry no row number
    if (!ROW_NUMBER.matcher(no).matches() && headerRoles(row) != null) {
      return;
    }
    if (nonEmpty.size() == 1) {
      String only = nonEmpty.getFirst();
      boolean inTextColumn = lastNonEmpty == indexOf(roles, Role.TEXT);
      if (quarters.namesQuarter(only) || (!inTextColumn && quarters.namesYearRound(only))) {
        heading(only, state, tasks);
        return;
      }
      if (!inTextColumn) {
        if (!ROW_NUMBER.matcher(only).matches()) {
          heading(only, state, tasks);
        }
        return;
      }
    }
    if (noUnits && ROMAN.matcher(no).matches()) {
      heading(text, state, tasks);
      return;
    }
    if (noUnits && no.isEmpty()) {
      if (state.last != null && !quarters.namesQuarter(text)) {
        state.last.text.append(' ').append(text);
      } else if (quarters.fromHeading(text) != null) {
        heading(text, state, tasks);
      }
      return;
    }
    if (text.isEmpty()) {
      // units broken off the row above by a page break
      if (no.isEmpty() && state.last != null) {
        state.last.lead.addAll(units.parse(leadCell));
        if (state.last.support != null) {
          state.last.support.addAll(units.parse(supportCell));
        }
      }
      return;
    }
    flush(state, tasks);
    String quarter = time.isEmpty() ? null : quarters.fromTime(time);
    if (quarter == null) {
      quarter = state.quarter;
    }
    List<ResponsibleUnit> lead = indexOf(roles, Role.LEAD) >= 0 ? new ArrayList<>(units.parse(leadCell)) : null;
    List<ResponsibleUnit> support =
        indexOf(roles, Role.SUPPORT) >= 0 ? new ArrayList<>(units.parse(supportCell)) : null;
    TaskBuilder b = new TaskBuilder(no.isEmpty() ? null : no, text, quarter, lead, support);
    b.deadline = deadline(time);
    state.last = b;
    state.sawTaskTable = true;
  }

  private String deadline(String time) {
    if (time.isEmpty()) {
      return null;
    }
    String d = deadlines.find(time);
    if (d != null) {
      return d;
    }
    // a time column holding a date is the date the task is due; a range ("từ … đến …") is not a deadline
    if (time.toLowerCase().contains("từ")) {
      return null;
    }
    VietnameseDates.Found found = VietnameseDates.find(time);
    return found != null && found.date().day() != null ? found.date().iso() : null;
  }

  private void heading(String text, State state, List<Task> tasks) {
    flush(state, tasks);
    String q = quarters.fromHeading(text);
    if (q != null) {
      state.quarter = q;
    }
  }

  private void flush(State state, List<Task> tasks) {
    TaskBuilder b = state.last;
    if (b == null) {
      return;
    }
    String text = Text.clean(b.text.toString());
    String deadline = b.deadline != null ? b.deadline : deadlines.find(text);
    tasks.add(new Task(b.no, b.quarter, text, b.lead == null ? null : List.copyOf(b.lead),
        b.support == null ? null : List.copyOf(b.support), deadline));
    state.last = null;
  }

  // ---- paragraphs under quarter headings ---------------------------------------------------------------

  private void fromParagraphs(DocumentLines lines, List<Task> tasks) {
    String quarter = null;
    boolean inList = false;
    String no = null;
    StringBuilder item = null;
    for (DocumentLines.Line line : lines.lines()) {
      if (line.inTable() || line.isBlank()) {
        continue;
      }
      String t = line.text();
      if (isQuarterHeading(t)) {
        addItem(no, item, quarter, tasks);
        item = null;
        quarter = quarters.fromHeading(t);
        inList = true;
        continue;
      }
      if (!inList) {
        continue;
      }
      if (SECTION.matcher(t).find() || implementation.matcher(t).find() && Text.wordCount(t) <= 6
          || Text.isUpperCase(t)) {
        addItem(no, item, quarter, tasks);
        item = null;
        inList = false;
        continue;
      }
      Matcher m = ITEM_MARK.matcher(t);
      if (m.find()) {
        addItem(no, item, quarter, tasks);
        no = m.group(1);
        item = new StringBuilder(t.substring(m.end()));
      } else if (item != null) {
        item.append(' ').append(t);
      }
    }
    addItem(no, item, quarter, tasks);
  }

  private boolean isQuarterHeading(String t) {
    if (Text.wordCount(t) > 12 || t.endsWith(".") || t.endsWith(";")) {
      return false;
    }
    if (quarters.namesQuarter(t)) {
      return true;
    }
    return quarters.namesYearRound(t) && ITEM_MARK.matcher(t).find() && Text.wordCount(t) <= 8;
  }

  private void addItem(String no, StringBuilder item, String quarter, List<Task> tasks) {
    if (item == null) {
      return;
    }
    String text = Text.clean(item.toString());
    List<ResponsibleUnit> lead = null;
    List<ResponsibleUnit> support = null;
    String deadline = null;
    String q = quarter;
    Matcher s = SUPPORT_LABEL.matcher(text);
    if (s.find()) {
      support = units.parse(List.of(s.group(1)));
      text = text.substring(0, s.start()) + text.substring(s.end());
    }
    Matcher l = LEAD_LABEL.matcher(text);
    if (l.find()) {
      lead = units.parse(List.of(l.group(1)));
      text = text.substring(0, l.start()) + text.substring(l.end());
    }
    Matcher tm = TIME_LABEL.matcher(text);
    if (tm.find()) {
      String time = tm.group(1);
      String fromTime = quarters.fromTime(time);
      q = fromTime != null ? fromTime : q;
      deadline = deadline(Text.clean(time));
      text = text.substring(0, tm.start()) + text.substring(tm.end());
    }
    text = Text.stripTrailingPunctuation(Text.clean(EMPTY_PARENS.matcher(text).replaceAll("")));
    text = Text.clean(TRAILING_SEPARATOR.matcher(text).replaceAll(""));
    if (text.isEmpty()) {
      return;
    }
    if (deadline == null) {
      deadline = deadlines.find(text);
    }
    tasks.add(new Task(no, q, text, lead, support, deadline));
  }
}
