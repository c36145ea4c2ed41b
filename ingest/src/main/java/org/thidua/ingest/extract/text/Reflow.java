package org.thidua.ingest.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;

/**
 * Joins the lines of a paragraph that a PDF (or OCR) broke at the right margin: a line that does not end a
 * sentence, followed by a line that goes on in lower case ("… của Chính" / "phủ; Thông tư …") or inside an open
 * quotation ("phong trào “Xanh - Sạch" / "- Đẹp …”"). Headings, list items and lines in capitals stay apart.
 * Plain text and Word documents keep their paragraphs as they are. Linear in the text.
 */
public final class Reflow {

  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.;:!?]\\s*$");
  private static final Pattern STARTS_ITEM =
      Pattern.compile("^\\s*(?:[-+•●▪]\\s|\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)]\\s|[a-zđ]\\)\\s|[IVXLC]+\\s*[.)]\\s)");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");

  /** Whether a document's lines are layout lines that need reflowing (PDF text, OCR). */
  public static boolean needed(PlanDocument doc) {
    String type = doc.mediaType() == null ? "" : doc.mediaType();
    return type.startsWith("application/pdf") || type.startsWith("image/");
  }

  public PlanDocument reflow(PlanDocument doc) {
    List<Block> out = new ArrayList<>(doc.blocks().size());
    Paragraph open = null;
    StringBuilder text = null;
    String last = null;
    int quotes = 0;
    for (Block b : doc.blocks()) {
      if (b instanceof Paragraph p && open != null && joins(last, quotes, p)) {
        String line = p.text().strip();
        text.append(' ').append(line);
        last = line;
        quotes = quoteDepth(quotes, line);
        continue;
      }
      if (open != null) {
        out.add(new Paragraph(text.toString(), open.heading()));
        open = null;
      }
      if (b instanceof Paragraph p && !p.text().isBlank()) {
        open = p;
        last = p.text().strip();
        text = new StringBuilder(last);
        quotes = quoteDepth(0, last);
      } else {
        out.add(b);
      }
    }
    if (open != null) {
      out.add(new Paragraph(text.toString(), open.heading()));
    }
    return new PlanDocument(doc.fileName(), doc.mediaType(), out, doc.metadata(), doc.warnings());
  }

  /** Whether {@code next} continues the paragraph whose last line is {@code last}. */
  private static boolean joins(String last, int openQuotes, Paragraph next) {
    String n = next.text().strip();
    if (n.isEmpty() || next.heading() || n.indexOf('\t') >= 0 || last.indexOf('\t') >= 0) {
      return false;
    }
    if (openQuotes > 0) {
      return true;
    }
    if (ENDS_SENTENCE.matcher(last).find() || Text.isUpperCase(last) || Text.isUpperCase(n)
        || STARTS_ITEM.matcher(n).find()) {
      return false;
    }
    char c = n.charAt(0);
    return Character.isLowerCase(c) || Character.isDigit(c) && !PAGE_NUMBER.matcher(n).matches() || c == '('
        || c == '“';
  }

  private static int quoteDepth(int depth, String line) {
    int d = depth;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '“') {
        d++;
      } else if (c == '”' && d > 0) {
        d--;
      }
    }
    return d;
  }
}
