package org.thidua.ingest.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link DraftPlan} as an A4 PDF with a real text layer: an embedded Unicode TrueType font (subset),
 * wrapped paragraphs, and task tables drawn as ruled cells whose rows may break across pages, with the header
 * row repeated on the next page, as office printers' PDFs do.
 */
public final class PdfPlanWriter {

  private static final float PAGE_W = PDRectangle.A4.getWidth();
  private static final float PAGE_H = PDRectangle.A4.getHeight();
  private static final float LEFT = 85f; // 30 mm
  private static final float RIGHT = 57f; // 20 mm
  private static final float TOP = 57f;
  private static final float BOTTOM = 57f;
  private static final float TEXT_W = PAGE_W - LEFT - RIGHT;
  private static final float BODY = 12.5f;
  private static final float CELL = 11f;
  private static final float PAD = 3f;

  /** Regular, bold and italic faces of one family. */
  public record Fonts(Path regular, Path bold, Path italic) {

    /** DejaVu Serif as installed by Debian's fonts-dejavu-core / fonts-dejavu-extra. */
    public static Fonts dejaVuSerif(Path dir) {
      Path regular = dir.resolve("DejaVuSerif.ttf");
      Path bold = dir.resolve("DejaVuSerif-Bold.ttf");
      Path italic = dir.resolve("DejaVuSerif-Italic.ttf");
      return new Fonts(regular, Files.isRegularFile(bold) ? bold : regular, Files.isRegularFile(italic) ? italic : regular);
    }

    /** One face used for every style (e.g. /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf). */
    public static Fonts single(Path ttf) {
      return new Fonts(ttf, ttf, ttf);
    }

    /** Throws a clear error when a font file is missing. */
    void check() {
      for (Path p : List.of(regular, bold, italic)) {
        if (!Files.isRegularFile(p)) {
          throw new IllegalStateException(
              "font file not found: " + p + " (install fonts-dejavu-core or pass another TrueType font)");
        }
      }
    }
  }

  private final Fonts fonts;

  public PdfPlanWriter(Fonts fonts) {
    fonts.check();
    this.fonts = fonts;
  }

  /**
   * The draft as PDF bytes.
   *
   * @param created stored as creation date and used for the file identifier, so the output is reproducible
   */
  public byte[] write(DraftPlan draft, Instant created) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Layout layout =
          new Layout(
              doc,
              PDType0Font.load(doc, fonts.regular().toFile()),
              PDType0Font.load(doc, fonts.bold().toFile()),
              PDType0Font.load(doc, fonts.italic().toFile()));
      layout.letterhead(draft.letterhead());
      for (DraftBlock block : draft.body()) {
        switch (block) {
          case DraftBlock.Text t -> layout.text(t);
          case DraftBlock.Grid g -> layout.grid(g);
          case DraftBlock.PageBreak p -> layout.newPage();
          case DraftBlock.Closing c -> layout.closing(draft);
        }
      }
      if (!draft.closingInBody()) {
        layout.closing(draft);
      }
      layout.finish();

      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
      when.setTimeInMillis(created.toEpochMilli());
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setCreationDate(when);
      info.setModificationDate(when);
      info.setCreator("thidua");
      info.setTitle(draft.letterhead().number());
      byte[] id = fileId(draft, created);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write PDF", e);
    }
  }

  private static byte[] fileId(DraftPlan draft, Instant created) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(draft.letterhead().number().getBytes(StandardCharsets.UTF_8));
      md5.update(draft.letterhead().placeDate().getBytes(StandardCharsets.UTF_8));
      md5.update(Long.toString(created.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
      return md5.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A cursor over pages: where the next line goes. */
  private static final class Layout {
    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private PDPageContentStream cs;
    private int pageNo;
    private float y;

    Layout(PDDocument doc, PDFont regular, PDFont bold, PDFont italic) throws IOException {
      this.doc = doc;
      this.regular = regular;
      this.bold = bold;
      this.italic = italic;
      newPage();
    }

    void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      pageNo++;
      y = PAGE_H - TOP;
      if (pageNo > 1) {
        // page number at the top centre from page 2 on, as NĐ 30/2020 prescribes
        String n = Integer.toString(pageNo);
        show(regular, 11, LEFT + (TEXT_W - width(regular, 11, n)) / 2, PAGE_H - 35, n);
      }
    }

    void finish() throws IOException {
      cs.close();
    }

    void letterhead(DraftPlan.Letterhead head) throws IOException {
      List<Styled> left = new ArrayList<>();
      for (int i = 0; i < head.issuerLines().size(); i++) {
        left.add(new Styled(head.issuerLines().get(i), i == head.issuerLines().size() - 1 ? bold : regular, 10.5f));
      }
      List<Styled> right = new ArrayList<>();
      for (int i = 0; i < head.mottoLines().size(); i++) {
        right.add(new Styled(head.mottoLines().get(i), bold, i == 0 ? 10.5f : 11.5f));
      }
      if (head.asTable()) {
        left.add(new Styled(head.number(), regular, 11));
        right.add(new Styled(head.placeDate(), italic, 11.5f));
        float leftW = TEXT_W * 0.42f;
        float top = y;
        float yl = column(left, LEFT, leftW, top);
        float yr = column(right, LEFT + leftW, TEXT_W - leftW, top);
        y = Math.min(yl, yr) - 10;
      } else {
        y = column(left, LEFT, TEXT_W * 0.5f, y);
        y = column(right, LEFT, TEXT_W, y) - 4;
        y = column(List.of(new Styled(head.number(), regular, 12)), LEFT, TEXT_W * 0.4f, y);
        float w = width(italic, 12.5f, head.placeDate());
        show(italic, 12.5f, LEFT + TEXT_W - w, y - 12.5f, head.placeDate());
        y -= 24;
      }
    }

    /** Centred lines in a column starting at {@code top}; returns the y under the last line. */
    private float column(List<Styled> lines, float x, float w, float top) throws IOException {
      float yy = top;
      for (Styled s : lines) {
        for (String line : wrap(s.font(), s.size(), s.text(), w - 4)) {
          yy -= s.size() * 1.3f;
          show(s.font(), s.size(), x + (w - width(s.font(), s.size(), line)) / 2, yy, line);
        }
      }
      return yy;
    }

    void text(DraftBlock.Text t) throws IOException {
      PDFont font =
          switch (t.style()) {
            case KIND, TITLE, HEADING, SUBHEADING -> bold;
            case ITALIC -> italic;
            case BODY -> regular;
          };
      float size = t.style() == DraftBlock.Style.KIND ? 14f : BODY;
      boolean centred = t.style() == DraftBlock.Style.KIND || t.style() == DraftBlock.Style.TITLE;
      float indent = centred ? 0 : 28f;
      if (t.style() == DraftBlock.Style.KIND) {
        y -= 10;
      }
      List<String> lines = wrapIndented(font, size, t.text(), TEXT_W, indent);
      float leading = size * 1.35f;
      for (int i = 0; i < lines.size(); i++) {
        ensure(leading);
        y -= leading;
        String line = lines.get(i);
        float x = centred ? LEFT + (TEXT_W - width(font, size, line)) / 2 : LEFT + (i == 0 ? indent : 0);
        show(font, size, x, y, line);
      }
      y -= centred ? 2 : 5;
    }

    void grid(DraftBlock.Grid g) throws IOException {
      float total = 0;
      for (int w : g.widths()) {
        total += w;
      }
      float[] xs = new float[g.columns() + 1];
      xs[0] = LEFT;
      for (int c = 0; c < g.columns(); c++) {
        xs[c + 1] = xs[c] + TEXT_W * g.widths().get(c) / total;
      }
      List<DraftBlock.Row> headers = new ArrayList<>();
      y -= 4;
      for (DraftBlock.Row row : g.rows()) {
        if (row.kind() == DraftBlock.RowKind.HEADER) {
          headers.add(row);
        }
        drawRow(row, xs, headers);
      }
      y -= 8;
    }

    private void drawRow(DraftBlock.Row row, float[] xs, List<DraftBlock.Row> headers) throws IOException {
      boolean span = row.kind() == DraftBlock.RowKind.SPAN;
      boolean boldRow = row.kind() != DraftBlock.RowKind.BODY;
      PDFont font = boldRow ? bold : regular;
      int n = span ? 1 : xs.length - 1;
      List<List<String>> cellLines = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        float w = (span ? xs[xs.length - 1] - xs[0] : xs[c + 1] - xs[c]) - 2 * PAD;
        List<String> lines = new ArrayList<>();
        for (String para : row.cells().get(c).split("\n", -1)) {
          lines.addAll(wrap(font, CELL, para, w));
        }
        cellLines.add(lines);
      }
      float leading = CELL * 1.3f;
      int[] next = new int[n];
      boolean first = true;
      while (true) {
        int remaining = 0;
        for (int c = 0; c < n; c++) {
          remaining = Math.max(remaining, cellLines.get(c).size() - next[c]);
        }
        if (remaining == 0 && !first) {
          return;
        }
        float need = Math.max(1, remaining) * leading + 2 * PAD;
        float room = y - BOTTOM;
        int fit;
        if (need <= room) {
          fit = Math.max(1, remaining);
        } else if (first && need <= PAGE_H - TOP - BOTTOM - 60 && remaining <= 4) {
          // a short row moves whole to the next page
          pageBreakInTable(xs, headers, row);
          continue;
        } else {
          fit = (int) ((room - 2 * PAD) / leading);
          if (fit < 1) {
            pageBreakInTable(xs, headers, row);
            continue;
          }
        }
        first = false;
        float top = y;
        float bottom = y - fit * leading - 2 * PAD;
        for (int c = 0; c < n; c++) {
          float x0 = xs[c];
          float x1 = span ? xs[xs.length - 1] : xs[c + 1];
          List<String> lines = cellLines.get(c);
          float yy = top - PAD;
          for (int i = 0; i < fit && next[c] < lines.size(); i++, next[c]++) {
            yy -= leading;
            String line = lines.get(next[c]);
            boolean centre = boldRow && !span || (c == 0 && !span && lines.size() == 1 && line.length() <= 5);
            float x = centre ? x0 + (x1 - x0 - width(font, CELL, line)) / 2 : x0 + PAD;
            show(font, CELL, x, yy + 2.5f, line);
          }
        }
        rule(xs, top, bottom, span);
        y = bottom;
        boolean more = false;
        for (int c = 0; c < n; c++) {
          more |= next[c] < cellLines.get(c).size();
        }
        if (!more) {
          return;
        }
        pageBreakInTable(xs, headers, row);
      }
    }

    private void pageBreakInTable(float[] xs, List<DraftBlock.Row> headers, DraftBlock.Row current)
        throws IOException {
      newPage();
      if (current.kind() != DraftBlock.RowKind.HEADER) {
        for (DraftBlock.Row h : headers) {
          drawRow(h, xs, List.of());
        }
      }
    }

    private void rule(float[] xs, float top, float bottom, boolean span) throws IOException {
      cs.setLineWidth(0.6f);
      float x0 = xs[0];
      float x1 = xs[xs.length - 1];
      cs.moveTo(x0, top);
      cs.lineTo(x1, top);
      cs.moveTo(x0, bottom);
      cs.lineTo(x1, bottom);
      if (span) {
        cs.moveTo(x0, top);
        cs.lineTo(x0, bottom);
        cs.moveTo(x1, top);
        cs.lineTo(x1, bottom);
      } else {
        for (float x : xs) {
          cs.moveTo(x, top);
          cs.lineTo(x, bottom);
        }
      }
      cs.stroke();
    }

    void closing(DraftPlan draft) throws IOException {
      List<Styled> left = new ArrayList<>();
      left.add(new Styled("Nơi nhận:", boldItalicFallback(), 11.5f));
      for (String r : draft.recipients()) {
        left.add(new Styled(r, regular, 10.5f));
      }
      List<Styled> right = new ArrayList<>();
      DraftPlan.Signature s = draft.signature();
      if (s.authority() != null) {
        right.add(new Styled(s.authority(), bold, 12.5f));
      }
      right.add(new Styled(s.role(), bold, 12.5f));
      right.add(new Styled(" ", regular, 12.5f));
      right.add(new Styled(" ", regular, 12.5f));
      right.add(new Styled(" ", regular, 12.5f));
      right.add(new Styled(s.name(), bold, 12.5f));
      float need = Math.max(left.size() * 11f * 1.3f, right.size() * 12.5f * 1.3f) + 12;
      ensure(Math.min(need, 200));
      y -= 8;
      float top = y;
      float half = TEXT_W / 2;
      float yl = top;
      for (Styled st : left) {
        for (String line : wrap(st.font(), st.size(), st.text(), half - 6)) {
          if (yl - st.size() * 1.3f < BOTTOM) {
            // a long list continues on a new page under the signature
            newPage();
            top = y;
            yl = y;
          }
          yl -= st.size() * 1.3f;
          show(st.font(), st.size(), LEFT, yl, line);
        }
      }
      float yr = top;
      for (Styled st : right) {
        yr -= st.size() * 1.3f;
        if (!st.text().isBlank()) {
          show(st.font(), st.size(), LEFT + half + (half - width(st.font(), st.size(), st.text())) / 2, yr, st.text());
        }
      }
      y = Math.min(yl, yr);
    }

    private PDFont boldItalicFallback() {
      return italic;
    }

    private void ensure(float height) throws IOException {
      if (y - height < BOTTOM) {
        newPage();
      }
    }

    private void show(PDFont font, float size, float x, float yy, String text) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      cs.beginText();
      cs.setFont(font, size);
      cs.newLineAtOffset(x, yy);
      cs.showText(text);
      cs.endText();
    }

    private static float width(PDFont font, float size, String text) throws IOException {
      return font.getStringWidth(text) / 1000f * size;
    }

    private static List<String> wrap(PDFont font, float size, String text, float w) throws IOException {
      return wrapIndented(font, size, text, w, 0);
    }

    /** Greedy word wrap; the first line is {@code indent} narrower. Over-long words are cut. */
    private static List<String> wrapIndented(PDFont font, float size, String text, float w, float indent)
        throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.strip().split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        float limit = lines.isEmpty() ? w - indent : w;
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(font, size, candidate) <= limit) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(font, size, rest) > w) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(font, size, rest.substring(0, cut)) > w) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      if (!line.isEmpty() || lines.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }
  }

  private record Styled(String text, PDFont font, float size) {}
}
