package org.thidua.ingest.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan written in the small markup of {@code samples/source/*.txt} (documented in samples/README.md):
 * a block of {@code key: value} lines, a line {@code ---}, then the body, one paragraph per line:
 *
 * <pre>
 * = KẾ HOẠCH                      the document kind, centred
 * == Công tác thi đua, khen thưởng năm 2023     the title, centred
 * # I. MỤC ĐÍCH, YÊU CẦU          section heading
 * ## 1. Mục đích                  sub-heading
 * _ Căn cứ Luật …                 italic paragraph
 * |~ 6 | 52 | 21 | 21 |           relative column widths of the next table
 * |! TT | Nội dung | Chủ trì | Phối hợp |    header row
 * |= QUÝ I/2023 |                 a row spanning the table
 * | 1 | Ban hành … | Sở Nội vụ // Ban TĐKT | Các sở |    a row; " // " splits a cell into paragraphs
 * \pagebreak                      new page
 * \closing                        the "Nơi nhận" list and signature here (an appendix follows)
 * % comment
 * any other line                  an ordinary paragraph
 * </pre>
 */
public final class PlanMarkup {

  /**
   * A parsed source.
   *
   * @param meta the header's keys with their values in order (keys may repeat: header, recipient, …)
   * @param draft the plan to lay out
   */
  public record Source(Map<String, List<String>> meta, DraftPlan draft) {

    /** The single value of a key, or null. */
    public String get(String key) {
      List<String> v = meta.get(key);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The value of a key that must be present. */
    public String require(String key) {
      String v = get(key);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("missing '" + key + ":' line");
      }
      return v;
    }

    public List<String> all(String key) {
      return meta.getOrDefault(key, List.of());
    }
  }

  private PlanMarkup() {}

  /** Parses one source; errors name the line. */
  public static Source parse(String source) {
    String[] lines = source.replace("\r\n", "\n").split("\n", -1);
    Map<String, List<String>> meta = new LinkedHashMap<>();
    int i = 0;
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("---")) {
        i++;
        break;
      }
      if (line.isEmpty() || line.startsWith("%")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw error(i, "expected 'key: value' before the '---' line");
      }
      meta.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
          .add(line.substring(colon + 1).strip());
    }
    List<DraftBlock> body = new ArrayList<>();
    List<DraftBlock.Row> rows = new ArrayList<>();
    List<Integer> widths = null;
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("|")) {
        if (line.startsWith("|~")) {
          widths = cells(line.substring(2)).stream().map(Integer::valueOf).toList();
        } else if (line.startsWith("|!")) {
          rows.add(DraftBlock.Row.header(cells(line.substring(2))));
        } else if (line.startsWith("|=")) {
          rows.add(DraftBlock.Row.span(String.join(" ", cells(line.substring(2)))));
        } else {
          rows.add(DraftBlock.Row.body(cells(line.substring(1))));
        }
        continue;
      }
      if (!rows.isEmpty()) {
        body.add(table(rows, widths, i));
        rows = new ArrayList<>();
        widths = null;
      }
      if (line.isEmpty() || line.startsWith("%")) {
        continue;
      }
      if (line.equals("\\pagebreak")) {
        body.add(new DraftBlock.PageBreak());
      } else if (line.equals("\\closing")) {
        body.add(new DraftBlock.Closing());
      } else if (line.startsWith("== ")) {
        body.add(new DraftBlock.Text(line.substring(3).strip(), DraftBlock.Style.TITLE));
      } else if (line.startsWith("= ")) {
        body.add(new DraftBlock.Text(line.substring(2).strip(), DraftBlock.Style.KIND));
      } else if (line.startsWith("## ")) {
        body.add(new DraftBlock.Text(line.substring(3).strip(), DraftBlock.Style.SUBHEADING));
      } else if (line.startsWith("# ")) {
        body.add(new DraftBlock.Text(line.substring(2).strip(), DraftBlock.Style.HEADING));
      } else if (line.startsWith("_ ")) {
        body.add(new DraftBlock.Text(line.substring(2).strip(), DraftBlock.Style.ITALIC));
      } else {
        body.add(new DraftBlock.Text(line, DraftBlock.Style.BODY));
      }
    }
    if (!rows.isEmpty()) {
      body.add(table(rows, widths, lines.length));
    }
    Source partial = new Source(Collections.unmodifiableMap(meta), null);
    List<String> motto = partial.all("motto").isEmpty() ? DraftPlan.Letterhead.NATIONAL_MOTTO : partial.all("motto");
    DraftPlan.Letterhead head =
        new DraftPlan.Letterhead(
            partial.all("header"),
            partial.require("number"),
            motto,
            partial.require("placeDate"),
            !"lines".equals(partial.get("headerLayout")));
    DraftPlan.Signature sign =
        new DraftPlan.Signature(partial.get("sign.authority"), partial.require("sign.role"), partial.require("sign.name"));
    return new Source(partial.meta(), new DraftPlan(head, body, partial.all("recipient"), sign));
  }

  private static DraftBlock.Grid table(List<DraftBlock.Row> rows, List<Integer> widths, int line) {
    int cols = rows.stream().filter(r -> r.kind() != DraftBlock.RowKind.SPAN).mapToInt(r -> r.cells().size()).max().orElse(1);
    List<Integer> w = widths;
    if (w == null) {
      Integer[] even = new Integer[cols];
      Arrays.fill(even, 10);
      w = List.of(even);
    }
    try {
      return new DraftBlock.Grid(rows, w);
    } catch (IllegalArgumentException e) {
      throw error(line - 1, e.getMessage());
    }
  }

  /** "a | b // c | d |" → [a, "b\nc", d]. */
  private static List<String> cells(String rest) {
    String s = rest.strip();
    if (s.endsWith("|")) {
      s = s.substring(0, s.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String cell : s.split("\\|", -1)) {
      out.add(String.join("\n", Arrays.stream(cell.split(" // ")).map(String::strip).toList()));
    }
    return out;
  }

  private static IllegalArgumentException error(int line, String message) {
    return new IllegalArgumentException("line " + (line + 1) + ": " + message);
  }
}
