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
 * Plain text and Word documents keep their paragraphs as they are.
 */
public final class Reflow {

  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.;:!?]\\s*$|\\./\\.\\s*$");
  private static final Pattern STARTS_ITEM =
      Pattern.compile("^\\s*(?:[-+•●▪]\\s|\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)]\\s|[a-zđ]\\)\\s|[IVXLC]+\\s*[.)]\\s)");

  /** Whether a document's lines are layout lines that need reflowing (PDF text, OCR). */
  public static boolean needed(PlanDocument doc) {
    String type = doc.mediaType() == null ? "" : doc.mediaType();
    return type.startsWith("application/pdf") || type.startsWith("image/");
  }

  public PlanDocument reflow(PlanDocument doc) {
    List<Block> out = new ArrayList<>(doc.blocks().size());
    Paragraph open = null;
    StringBuilder text = null;
    for (Block b : doc.blocks()) {
      if (b instanceof Paragraph p && open != null && joins(text, p)) {
        text.append(' ').append(p.text().strip());
        continue;
      }
      if (open != null) {
        out.add(new Paragraph(text.toString(), open.heading()));
        open = null;
      }
      if (b instanceof Paragraph p && !p.text().isBlank()) {
        open = p;
        text = new StringBuilder(p.text().strip());
      } else {
        out.add(b);
      }
    }
    if (open != null) {
      out.add(new Paragraph(text.toString(), open.heading()));
    }
    return new PlanDocument(doc.fileName(), doc.mediaType(), out, doc.metadata(), doc.warnings());
  }

  private static boolean joins(StringBuilder previous, Paragraph next) {
    String n = next.text().strip();
    if (n.isEmpty() || next.heading() || n.indexOf('\t') >= 0 || previous.indexOf("\t") >= 0) {
      return false;
    }
    String prev = previous.toString();
    if (openQuote(prev)) {
      return true;
    }
    if (ENDS_SENTENCE.matcher(prev).find() || Text.isUpperCase(prev) || Text.isUpperCase(n)
        || STARTS_ITEM.matcher(n).find()) {
      return false;
    }
    char c = n.charAt(0);
    return Character.isLowerCase(c) || Character.isDigit(c) && !n.matches("^\\d{1,3}$") || c == '(' || c == '“';
  }

  private static boolean openQuote(String s) {
    int open = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“') {
        open++;
      } else if (c == '”' && open > 0) {
        open--;
      }
    }
    return open > 0;
  }
}
