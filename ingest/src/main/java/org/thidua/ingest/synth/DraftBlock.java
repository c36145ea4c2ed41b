package org.thidua.ingest.synth;

import java.util.List;
import java.util.Objects;

/** One block of a {@link DraftPlan}'s body. */
public sealed interface DraftBlock {

  /** How a line of text is set. */
  enum Style {
    /** Centred, bold, capitals: the document kind ("KẾ HOẠCH"). */
    KIND,
    /** Centred, bold: the summary under the kind ("Công tác thi đua, khen thưởng năm 2023"). */
    TITLE,
    /** Bold section heading ("I. MỤC ĐÍCH, YÊU CẦU"). */
    HEADING,
    /** Bold sub-heading ("1. Mục đích"). */
    SUBHEADING,
    /** Italic paragraph (the "Căn cứ …" preamble, notes). */
    ITALIC,
    /** Ordinary justified paragraph, first line indented. */
    BODY
  }

  /**
   * A paragraph.
   *
   * @param text the paragraph's text (one line; no line breaks)
   * @param style how it is set
   */
  record Text(String text, Style style) implements DraftBlock {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }
  }

  /**
   * A ruled table.
   *
   * @param rows rows in order
   * @param widths relative column widths, one per column
   */
  record Grid(List<Row> rows, List<Integer> widths) implements DraftBlock {
    public Grid {
      rows = List.copyOf(rows);
      widths = List.copyOf(widths);
      if (widths.isEmpty()) {
        throw new IllegalArgumentException("a table needs at least one column");
      }
      for (Row r : rows) {
        if (r.kind() != RowKind.SPAN && r.cells().size() != widths.size()) {
          throw new IllegalArgumentException(
              "row has " + r.cells().size() + " cells, table has " + widths.size() + " columns: " + r.cells());
        }
      }
    }

    public int columns() {
      return widths.size();
    }
  }

  /** What a table row is. */
  enum RowKind {
    /** Column captions, bold, repeated on every page. */
    HEADER,
    /** An ordinary row. */
    BODY,
    /** One cell across the whole table (a quarter heading such as "QUÝ I/2023"), bold. */
    SPAN
  }

  /**
   * One table row. A cell's paragraphs are separated by '\n'.
   *
   * @param cells the cells (exactly one for {@link RowKind#SPAN})
   * @param kind header, body or spanning row
   * @param textBreak in plain text only, the row is cut by a page break after this many words of its second
   *     cell and goes on in a new line whose first cell is empty, as in plans saved from Word as text; 0 for none
   */
  record Row(List<String> cells, RowKind kind, int textBreak) {
    public Row {
      cells = List.copyOf(cells);
      if (kind == RowKind.SPAN && cells.size() != 1) {
        throw new IllegalArgumentException("a spanning row has one cell");
      }
      if (textBreak < 0 || textBreak > 0 && (kind != RowKind.BODY || cells.size() < 2)) {
        throw new IllegalArgumentException("only a body row with a text column can break across pages");
      }
    }

    public Row(List<String> cells, RowKind kind) {
      this(cells, kind, 0);
    }

    public static Row header(List<String> cells) {
      return new Row(cells, RowKind.HEADER);
    }

    public static Row body(List<String> cells) {
      return new Row(cells, RowKind.BODY);
    }

    public static Row span(String text) {
      return new Row(List.of(text), RowKind.SPAN);
    }

    /** This row, cut by a page break after {@code words} words of its text column in plain text. */
    public Row breakingAfter(int words) {
      return new Row(cells, kind, words);
    }
  }

  /** Start a new page. */
  record PageBreak() implements DraftBlock {}

  /**
   * Where the "Nơi nhận" list and the signature go when an appendix follows them; without this marker they
   * close the document.
   */
  record Closing() implements DraftBlock {}
}
