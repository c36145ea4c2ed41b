package org.thidua.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Builds small DOCX plans with Apache POI: paragraphs, tables, cells of several lines, merged heading rows. */
final class Docx {

  private final XWPFDocument doc = new XWPFDocument();

  /** A paragraph; "\n" inside it becomes separate paragraphs. */
  Docx p(String text) {
    for (String line : text.split("\n", -1)) {
      XWPFParagraph para = doc.createParagraph();
      para.createRun().setText(line);
    }
    return this;
  }

  /**
   * A table. Each row is a list of cells; a cell's "\n" separates its paragraphs. A row of one cell in a table
   * of several columns is one cell spanning them all (a merged heading row).
   */
  Docx table(List<List<String>> rows) {
    int width = rows.stream().mapToInt(List::size).max().orElse(1);
    XWPFTable table = doc.createTable(rows.size(), width);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      List<String> cells = rows.get(r);
      if (cells.size() == 1 && width > 1) {
        while (row.getTableCells().size() > 1) {
          row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(width));
        fill(cell, cells.getFirst());
        continue;
      }
      for (int c = 0; c < width; c++) {
        fill(row.getCell(c), c < cells.size() ? cells.get(c) : "");
      }
    }
    return this;
  }

  private static void fill(XWPFTableCell cell, String text) {
    String[] lines = text.split("\n", -1);
    cell.getParagraphs().getFirst().createRun().setText(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      cell.addParagraph().createRun().setText(lines[i]);
    }
  }

  byte[] bytes() {
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
