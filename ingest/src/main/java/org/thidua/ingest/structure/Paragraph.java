package org.thidua.ingest.structure;

/**
 * A paragraph (one line of plain text). Tabs are kept: in plain text they separate table cells.
 *
 * @param text the paragraph's text, NFC
 * @param heading true when the source marks it as a heading (h1–h6) or it is bold/centred in full
 */
public record Paragraph(String text, boolean heading) implements Block {
  public Paragraph(String text) {
    this(text, false);
  }
}
