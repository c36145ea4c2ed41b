package org.thidua.ingest.synth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link DraftPlan} as a Word document the way provincial offices lay plans out: A4, Times New Roman,
 * the letterhead and the signature as borderless two-column tables, task tables as real ruled Word tables
 * whose header row repeats on each page.
 */
public final class DocxPlanWriter {

  // A4 in twentieths of a point, margins as in Nghị định 30/2020/NĐ-CP (left 30 mm, others 20 mm).
  private static final int PAGE_W = 11906;
  private static final int PAGE_H = 16838;
  private static final int MARGIN_LEFT = 1701;
  private static final int MARGIN_OTHER = 1134;
  private static final int TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_OTHER;
  private static final String FONT = "Times New Roman";

  private DocxPlanWriter() {}

  /**
   * The draft as DOCX bytes.
   *
   * @param draft the plan
   * @param created stored as the document's creation and modification time (keeps output reproducible)
   */
  public static byte[] write(DraftPlan draft, Instant created) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageSetup(doc);
      var props = doc.getProperties().getCoreProperties();
      props.setCreated(Optional.of(Date.from(created)));
      props.setModified(Optional.of(Date.from(created)));
      props.setCreator("thidua");
      props.setTitle(titleOf(draft));

      letterhead(doc, draft.letterhead());
      for (DraftBlock block : draft.body()) {
        switch (block) {
          case DraftBlock.Text t -> text(doc, t);
          case DraftBlock.Grid g -> grid(doc, g);
          case DraftBlock.PageBreak p -> doc.createParagraph().createRun().addBreak(BreakType.PAGE);
          case DraftBlock.Closing c -> closing(doc, draft);
        }
      }
      if (!draft.closingInBody()) {
        closing(doc, draft);
      }
      doc.write(out);
      return stampEntries(out.toByteArray(), created);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write DOCX", e);
    }
  }

  /**
   * Rewrites the package with every entry dated {@code created}: POI stamps entries with the current time,
   * which would make the same plan a different file (and a different plan id) on every build.
   */
  private static byte[] stampEntries(byte[] docx, Instant created) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 256);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(created.toEpochMilli());
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String titleOf(DraftPlan draft) {
    return draft.body().stream()
        .filter(b -> b instanceof DraftBlock.Text t && t.style() == DraftBlock.Style.TITLE)
        .map(b -> ((DraftBlock.Text) b).text())
        .findFirst()
        .orElse("Kế hoạch");
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_W));
    size.setH(BigInteger.valueOf(PAGE_H));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN_OTHER));
    mar.setBottom(BigInteger.valueOf(MARGIN_OTHER));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_OTHER));
  }

  private static void letterhead(XWPFDocument doc, DraftPlan.Letterhead head) {
    if (head.asTable()) {
      XWPFTable table = borderless(doc, List.of(38, 62));
      XWPFTableCell left = table.getRow(0).getCell(0);
      XWPFTableCell right = table.getRow(0).getCell(1);
      List<String> issuer = head.issuerLines();
      for (int i = 0; i < issuer.size(); i++) {
        boolean last = i == issuer.size() - 1;
        run(cellParagraph(left, i == 0), issuer.get(i), 13, last, false);
      }
      run(cellParagraph(left, false), head.number(), 13, false, false);
      List<String> motto = head.mottoLines();
      for (int i = 0; i < motto.size(); i++) {
        run(cellParagraph(right, i == 0), motto.get(i), i == 0 ? 12 : 13, true, false);
      }
      run(cellParagraph(right, false), head.placeDate(), 13, false, true);
      for (XWPFTableCell c : List.of(left, right)) {
        c.getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.CENTER));
      }
    } else {
      // Flattened header, as in plans re-typed or pasted without the template table.
      for (int i = 0; i < head.issuerLines().size(); i++) {
        XWPFParagraph p = doc.createParagraph();
        run(p, head.issuerLines().get(i), 13, i == head.issuerLines().size() - 1, false);
      }
      for (String line : head.mottoLines()) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, line, 13, true, false);
      }
      run(doc.createParagraph(), head.number(), 13, false, false);
      XWPFParagraph date = doc.createParagraph();
      date.setAlignment(ParagraphAlignment.RIGHT);
      run(date, head.placeDate(), 13, false, true);
    }
  }

  private static void text(XWPFDocument doc, DraftBlock.Text t) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(120);
    switch (t.style()) {
      case KIND -> {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        p.setSpacingAfter(0);
        run(p, t.text(), 14, true, false);
      }
      case TITLE -> {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, t.text(), 14, true, false);
      }
      case HEADING -> {
        p.setSpacingBefore(120);
        p.setIndentationFirstLine(567);
        run(p, t.text(), 14, true, false);
      }
      case SUBHEADING -> {
        p.setIndentationFirstLine(567);
        run(p, t.text(), 14, true, false);
      }
      case ITALIC -> {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, t.text(), 14, false, true);
      }
      case BODY -> {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, t.text(), 14, false, false);
      }
    }
  }

  private static void grid(XWPFDocument doc, DraftBlock.Grid g) {
    int cols = g.columns();
    XWPFTable table = doc.createTable(g.rows().size(), cols);
    table.setWidth("100%");
    table.setTableAlignment(TableRowAlign.CENTER);
    gridColumns(table, g.widths());
    for (int r = 0; r < g.rows().size(); r++) {
      DraftBlock.Row row = g.rows().get(r);
      XWPFTableRow tr = table.getRow(r);
      if (row.kind() == DraftBlock.RowKind.HEADER) {
        tr.setRepeatHeader(true);
      }
      if (row.kind() == DraftBlock.RowKind.SPAN) {
        // One cell across the table: drop the others and let the first span the grid.
        for (int c = cols - 1; c > 0; c--) {
          tr.removeCell(c);
        }
        XWPFTableCell cell = tr.getCell(0);
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(cols));
        cellText(cell, row.cells().get(0), true, false);
        continue;
      }
      for (int c = 0; c < cols; c++) {
        XWPFTableCell cell = tr.getCell(c);
        cell.setWidth(String.valueOf(TEXT_W * g.widths().get(c) / sum(g.widths())));
        boolean header = row.kind() == DraftBlock.RowKind.HEADER;
        cellText(cell, row.cells().get(c), header, header || isNumberColumn(row, c));
      }
    }
    doc.createParagraph().setSpacingAfter(0);
  }

  private static boolean isNumberColumn(DraftBlock.Row row, int c) {
    return c == 0 && row.cells().get(0).length() <= 5;
  }

  private static void cellText(XWPFTableCell cell, String text, boolean bold, boolean centred) {
    String[] paras = text.split("\n", -1);
    for (int i = 0; i < paras.length; i++) {
      XWPFParagraph p = cellParagraph(cell, i == 0);
      if (centred) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
      run(p, paras[i], 13, bold, false);
    }
  }

  private static void closing(XWPFDocument doc, DraftPlan draft) {
    XWPFTable table = borderless(doc, List.of(50, 50));
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    run(cellParagraph(left, true), "Nơi nhận:", 12, true, true);
    for (String r : draft.recipients()) {
      run(cellParagraph(left, false), r, 11, false, false);
    }
    DraftPlan.Signature s = draft.signature();
    boolean first = true;
    if (s.authority() != null) {
      run(cellParagraph(right, true), s.authority(), 14, true, false);
      first = false;
    }
    run(cellParagraph(right, first), s.role(), 14, true, false);
    for (int i = 0; i < 3; i++) {
      cellParagraph(right, false);
    }
    run(cellParagraph(right, false), s.name(), 14, true, false);
    right.getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.CENTER));
  }

  private static XWPFTable borderless(XWPFDocument doc, List<Integer> widths) {
    XWPFTable table = doc.createTable(1, widths.size());
    table.setWidth("100%");
    table.removeBorders();
    gridColumns(table, widths);
    for (int c = 0; c < widths.size(); c++) {
      table.getRow(0).getCell(c).setWidth(String.valueOf(TEXT_W * widths.get(c) / sum(widths)));
    }
    return table;
  }

  private static void gridColumns(XWPFTable table, List<Integer> widths) {
    int total = sum(widths);
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_W * w / total));
    }
    CTTblPr pr = table.getCTTbl().getTblPr();
    CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    tw.setType(STTblWidth.PCT);
    tw.setW(BigInteger.valueOf(5000));
  }

  /** The cell's first (pre-existing) paragraph, or a new one. */
  private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first) {
    XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
    p.setSpacingAfter(0);
    return p;
  }

  private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text);
  }

  private static int sum(List<Integer> xs) {
    int s = 0;
    for (int x : xs) {
      s += x;
    }
    return s;
  }
}
