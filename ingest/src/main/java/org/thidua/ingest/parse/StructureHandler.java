package org.thidua.ingest.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.Table;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds the blocks of a document from Tika's XHTML SAX events.
 *
 * <ul>
 *   <li>Every line is a paragraph: {@code <br>} and line breaks inside a paragraph's text (Word's soft breaks,
 *       PDF text lines, OCR lines) end a line, so a PDF or a scan gives one paragraph per text line, as plain
 *       text does. An empty {@code <p>} in the body gives an empty paragraph (Word's blank lines).
 *   <li>{@code <h1>}–{@code <h6>}, and lines that are bold throughout, are headings.
 *   <li>{@code <table>/<tr>/<td|th>} become a {@link Table}; each line in a cell is one of the cell's
 *       paragraphs (blank ones dropped). {@code colspan} and {@code rowspan} are expanded with empty cells so
 *       columns stay aligned. A table nested in a cell is flattened into that cell: one paragraph per nested
 *       row, its cells separated by tabs.
 *   <li>{@code <head>}, scripts, styles and embedded-document markers are skipped. Headers and footers are
 *       kept where Tika puts them (headers before the body of their section, footers after it).
 *   <li>In HTML, white space is collapsed as a browser would (except in {@code <pre>}); elsewhere tabs and
 *       line breaks in the text are real.
 * </ul>
 *
 * <p>Text is not cleaned here (see {@link TextCleaner}); the handler stops the parse when the text grows
 * beyond the character limit or the deadline passes.
 */
final class StructureHandler extends DefaultHandler {

  /** Thrown through the parser to stop it; carries no stack trace. */
  static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;
    final UnreadableFileException.Reason reason;

    Stop(UnreadableFileException.Reason reason, String message) {
      super(message);
      this.reason = reason;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "title");
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "li", "pre", "blockquote", "dt", "dd", "caption", "address", "section", "article",
          "header", "footer", "figure", "figcaption", "ul", "ol", "dl", "hr", "center", "main", "nav", "aside",
          "form", "fieldset", "legend", "body", "html", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIPPED_DIV_CLASSES = Set.of("embedded", "package-entry");
  private static final int MAX_SPAN = 64;
  /**
   * Text more than 10 times the size of the file it came from: real documents give a few characters per byte
   * at most (XML, compression and PDF overheads all count against the text), a zip bomb hundreds or thousands.
   */
  private static final long BOMB_RATIO = 10;
  private static final long BOMB_MIN_CHARACTERS = 1_000_000;

  private enum Kind { SKIP, BLOCK, HEADING, BOLD, PRE, TABLE, ROW, CELL, PAGE, OTHER }

  private record Frame(Kind kind, int linesAtStart) {}

  private final boolean html;
  private final boolean emptyParagraphs;
  private final long maxCharacters;
  private final long bombCharacters;
  private final long deadlineNanos;
  private final DocxTableSpans spans;

  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Deque<TableBuilder> tables = new ArrayDeque<>();
  private final StringBuilder line = new StringBuilder();
  private final List<Integer> pageChars = new ArrayList<>();

  private int skipDepth;
  private int headingDepth;
  private int boldDepth;
  private int preDepth;
  private int pageDepth;
  private int lineChars;
  private int lineBoldChars;
  private boolean pendingSpace;
  private boolean lastWasCr;
  private int linesEmitted;
  private long characters;
  private int events;

  StructureHandler(boolean html, boolean emptyParagraphs, long maxCharacters, long inputBytes, long deadlineNanos) {
    this(html, emptyParagraphs, maxCharacters, inputBytes, deadlineNanos, DocxTableSpans.NONE);
  }

  /**
   * @param html collapse white space as HTML does
   * @param emptyParagraphs keep empty {@code <p>}s as empty paragraphs (not for PDF and OCR, where they are
   *     artefacts of page boundaries)
   * @param maxCharacters stop ({@code TOO_LARGE}) when the text grows beyond this
   * @param inputBytes the size of the file, for the zip-bomb ratio
   * @param deadlineNanos stop ({@code TIMEOUT}) after this {@link System#nanoTime()}
   * @param spans merged cells of a DOCX's tables, which Tika's XHTML leaves out
   */
  StructureHandler(boolean html, boolean emptyParagraphs, long maxCharacters, long inputBytes, long deadlineNanos,
      DocxTableSpans spans) {
    this.spans = spans;
    this.html = html;
    this.emptyParagraphs = emptyParagraphs;
    this.bombCharacters = Math.max(BOMB_MIN_CHARACTERS, BOMB_RATIO * inputBytes);
    this.maxCharacters = maxCharacters;
    this.deadlineNanos = deadlineNanos;
  }

  /** The blocks built so far (all of them once the parse has ended). */
  List<Block> blocks() {
    flushLine(false);
    while (!tables.isEmpty()) { // an unclosed table (a parse that failed half way) is kept as far as it went
      endTable();
    }
    return blocks;
  }

  /** Non-blank characters on each PDF page ({@code <div class="page">}), in order; empty for other formats. */
  List<Integer> pageCharacters() {
    return pageChars;
  }

  /** Characters of text seen. */
  long characters() {
    return characters;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    tick();
    String name = name(localName, qName);
    if (skipDepth > 0) {
      skipDepth++;
      stack.push(new Frame(Kind.SKIP, 0));
      return;
    }
    String cssClass = atts.getValue("class");
    if (SKIPPED.contains(name) || ("div".equals(name) && cssClass != null && SKIPPED_DIV_CLASSES.contains(cssClass))) {
      skipDepth = 1;
      stack.push(new Frame(Kind.SKIP, 0));
      return;
    }
    switch (name) {
      case "br" -> {
        flushLine(true);
        stack.push(new Frame(Kind.OTHER, 0));
      }
      case "b", "strong" -> {
        boldDepth++;
        stack.push(new Frame(Kind.BOLD, 0));
      }
      case "table" -> {
        flushLine(false);
        tables.push(new TableBuilder());
        stack.push(new Frame(Kind.TABLE, 0));
      }
      case "tr" -> {
        flushLine(false);
        if (!tables.isEmpty()) {
          tables.peek().startRow();
        }
        stack.push(new Frame(Kind.ROW, 0));
      }
      case "td", "th" -> {
        flushLine(false);
        if (!tables.isEmpty()) {
          tables.peek().startCell(span(atts.getValue("colspan")), span(atts.getValue("rowspan")));
        }
        stack.push(new Frame(Kind.CELL, 0));
      }
      default -> {
        if (BLOCKS.contains(name)) {
          flushLine(false);
          Kind kind = Kind.BLOCK;
          if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            kind = Kind.HEADING;
            headingDepth++;
          } else if ("pre".equals(name)) {
            kind = Kind.PRE;
            preDepth++;
          } else if ("div".equals(name) && "page".equals(cssClass)) {
            kind = Kind.PAGE;
            pageDepth++;
            pageChars.add(0);
          }
          stack.push(new Frame(kind, linesEmitted));
        } else {
          stack.push(new Frame(Kind.OTHER, 0)); // inline: span, a, i, u, sup, img, ...
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    tick();
    Frame frame = stack.poll();
    if (frame == null) {
      return;
    }
    String name = name(localName, qName);
    switch (frame.kind()) {
      case SKIP -> skipDepth--;
      case BOLD -> boldDepth--;
      case TABLE -> {
        flushLine(false);
        endTable();
      }
      case ROW -> {
        flushLine(false);
        if (!tables.isEmpty()) {
          tables.peek().endRow();
        }
      }
      case CELL -> {
        flushLine(false);
        if (!tables.isEmpty()) {
          tables.peek().endCell();
        }
      }
      case BLOCK, HEADING, PRE, PAGE -> {
        boolean nothingYet = linesEmitted == frame.linesAtStart() && line.isEmpty();
        flushLine(false);
        // an empty paragraph of the body is a blank line of the document (not in tables: cells are containers)
        if (nothingYet && emptyParagraphs && ("p".equals(name) || frame.kind() == Kind.HEADING) && tables.isEmpty()) {
          emit("", false);
        }
        switch (frame.kind()) {
          case HEADING -> headingDepth--;
          case PRE -> preDepth--;
          case PAGE -> pageDepth--;
          default -> {}
        }
      }
      case OTHER -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    tick();
    if (skipDepth > 0) {
      return;
    }
    characters += length;
    if (characters > bombCharacters) {
      throw new Stop(UnreadableFileException.Reason.ZIP_BOMB, Failures.ZIP_BOMB
          + ": it gave more than " + BOMB_RATIO + " characters of text per byte of file");
    }
    if (characters > maxCharacters) {
      throw new Stop(UnreadableFileException.Reason.TOO_LARGE,
          "the text is longer than the limit of " + maxCharacters + " characters");
    }
    boolean collapse = html && preDepth == 0;
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      boolean cr = c == '\r';
      if (collapse) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          pendingSpace = line.length() > 0;
        } else {
          append(c);
        }
      } else if (c == '\n' && lastWasCr) {
        // the \n of \r\n: the line already ended at \r
      } else if (c == '\n' || cr || c == '\u000B' || c == '\f' || c == '\u2028' || c == '\u2029') {
        flushLine(true);
      } else {
        append(c);
      }
      lastWasCr = cr;
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // Layout white space between elements is not text, except that Tika writes an HTML <br> as an ignorable
    // newline: one in the middle of a line ends that line.
    if (skipDepth == 0 && !line.isEmpty()) {
      for (int i = start; i < start + length; i++) {
        if (ch[i] == '\n') {
          flushLine(false);
          return;
        }
      }
    }
  }

  private void append(char c) {
    if (pendingSpace) {
      line.append(' ');
      pendingSpace = false;
    }
    line.append(c);
    if (!Character.isWhitespace(c)) {
      lineChars++;
      if (boldDepth > 0) {
        lineBoldChars++;
      }
      if (pageDepth > 0 && !pageChars.isEmpty()) {
        int last = pageChars.size() - 1;
        pageChars.set(last, pageChars.get(last) + 1);
      }
    }
  }

  /** Ends the current line; a forced break (br, newline) ends it even when empty. */
  private void flushLine(boolean forced) {
    pendingSpace = false;
    if (line.isEmpty() && !forced) {
      return;
    }
    String text = html ? stripTrailingSpace(line) : line.toString();
    boolean heading = headingDepth > 0 || (lineChars > 0 && lineBoldChars == lineChars);
    line.setLength(0);
    lineChars = 0;
    lineBoldChars = 0;
    emit(text, heading);
  }

  private void emit(String text, boolean heading) {
    linesEmitted++;
    TableBuilder table = tables.peek();
    if (table != null && table.inCell()) {
      if (!text.isBlank()) {
        table.addParagraph(text);
      }
    } else {
      blocks.add(new Paragraph(text, heading));
    }
  }

  private void endTable() {
    TableBuilder builder = tables.pop();
    Table table = builder.build(spans);
    if (table.rows().isEmpty()) {
      return;
    }
    TableBuilder outer = tables.peek();
    if (outer == null) {
      blocks.add(table);
      return;
    }
    for (Table.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (Table.Cell cell : row.cells()) {
        cells.add(String.join(" ", cell.paragraphs()));
      }
      emit(String.join("\t", cells), false);
    }
  }

  private void tick() throws Stop {
    if ((++events & 63) == 0) {
      if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
        throw new Stop(UnreadableFileException.Reason.TIMEOUT, "parsing took longer than the time limit");
      }
    }
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }

  private static int span(String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(value.trim())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String stripTrailingSpace(CharSequence s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.subSequence(0, end).toString();
  }

  /** Rows of cells under construction; spans expanded when the table ends. */
  private static final class TableBuilder {
    private record CellDraft(List<String> paragraphs, int colspan, int rowspan) {}

    private final List<List<CellDraft>> rows = new ArrayList<>();
    private List<CellDraft> row;
    private CellDraft cell;

    void startRow() {
      endRow();
      row = new ArrayList<>();
    }

    void endRow() {
      endCell();
      if (row != null) {
        rows.add(row);
        row = null;
      }
    }

    void startCell(int colspan, int rowspan) {
      endCell();
      if (row == null) {
        row = new ArrayList<>();
      }
      cell = new CellDraft(new ArrayList<>(), colspan, rowspan);
    }

    void endCell() {
      if (cell != null) {
        row.add(cell);
        cell = null;
      }
    }

    boolean inCell() {
      return cell != null;
    }

    void addParagraph(String text) {
      cell.paragraphs().add(text);
    }

    Table build(DocxTableSpans docxSpans) {
      endRow();
      List<List<Integer>> spans = docxSpans == DocxTableSpans.NONE || rows.isEmpty() ? null
          : docxSpans.take(rows.stream().map(List::size).toList(),
              rows.getFirst().stream().map(c -> String.join("", c.paragraphs())).toList());
      List<Table.Row> built = new ArrayList<>();
      Map<Integer, Integer> rowsLeft = new HashMap<>(); // column -> rows still covered by a rowspan above
      for (int r = 0; r < rows.size(); r++) {
        List<CellDraft> drafts = rows.get(r);
        List<Table.Cell> cells = new ArrayList<>();
        int column = 0;
        int next = 0;
        while (next < drafts.size() || coveredFrom(rowsLeft, column)) {
          Integer left = rowsLeft.get(column);
          if (left != null) {
            cells.add(new Table.Cell(List.of()));
            if (left <= 1) rowsLeft.remove(column); else rowsLeft.put(column, left - 1);
            column++;
            continue;
          }
          if (next >= drafts.size()) { // a gap before a column still covered from above
            cells.add(new Table.Cell(List.of()));
            column++;
            continue;
          }
          int index = next++;
          CellDraft draft = drafts.get(index);
          int colspan = spans != null ? spans.get(r).get(index) : draft.colspan();
          for (int k = 0; k < colspan; k++) {
            cells.add(new Table.Cell(k == 0 ? List.copyOf(draft.paragraphs()) : List.of()));
            if (draft.rowspan() > 1) {
              rowsLeft.put(column, draft.rowspan() - 1);
            }
            column++;
          }
        }
        if (!cells.isEmpty()) {
          built.add(new Table.Row(List.copyOf(cells)));
        }
      }
      return new Table(List.copyOf(built));
    }

    private static boolean coveredFrom(Map<Integer, Integer> rowsLeft, int column) {
      for (int c : rowsLeft.keySet()) {
        if (c >= column) {
          return true;
        }
      }
      return false;
    }
  }
}
