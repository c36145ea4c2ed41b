package org.thidua.api.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.thidua.ingest.search.TaskHit;

/**
 * Tasks as CSV for Excel: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark (without it Excel reads
 * Vietnamese as mojibake). Cells that Excel would take for a formula (starting with =, +, -, @) get a leading
 * apostrophe, as OWASP advises against CSV injection; Excel does not display it.
 */
public final class TaskCsv {
  public static final String BOM = "\uFEFF";
  static final List<String> COLUMNS =
      List.of(
          "taskId", "planId", "docNumber", "issuer", "province", "year", "quarter", "text", "lead", "support");

  private final Writer out;

  TaskCsv(Writer out) {
    this.out = out;
  }

  void header() throws IOException {
    out.write(BOM);
    row(COLUMNS);
  }

  void write(TaskHit hit) {
    try {
      row(
          List.of(
              nz(hit.taskId()),
              nz(hit.planId()),
              nz(hit.docNumber()),
              nz(hit.issuer()),
              nz(hit.province()),
              hit.year() == null ? "" : hit.year().toString(),
              nz(hit.quarter()),
              nz(hit.text()),
              String.join("; ", hit.lead()),
              String.join("; ", hit.support())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  public static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
