package org.thidua.api.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.thidua.api.search.TaskCsv;

/** Rows as CSV the way {@code /api/tasks.csv} writes them (UTF-8 with BOM, CRLF, guarded cells). */
final class Csv {
  private final Writer out;

  Csv(OutputStream stream, List<String> header) throws IOException {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write(TaskCsv.BOM);
    row(header);
  }

  void row(List<?> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        Object c = cells.get(i);
        out.write(TaskCsv.cell(c == null ? "" : Objects.toString(c)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void flush() throws IOException {
    out.flush();
  }
}
