package org.thidua.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a minimal Word 97–2003 (.doc) file, which POI cannot create (HWPF only edits existing files): an OLE2
 * container with a WordDocument stream (FIB, text, one page of character and one of paragraph properties) and a
 * 1Table stream (one style, the piece table, one section, one font, the document properties), after [MS-DOC].
 * Enough for paragraphs, bold paragraphs and simple tables, in one 8-bit (windows-1252, as old Vietnamese
 * .VnTime documents store text) or UTF-16 piece. Test code: no bounds beyond what the fixtures need.
 */
final class WordBinaryWriter {

  private static final int FC_TEXT = 0x400; // text after the 900-byte FIB
  private static final int PAGE = 512;
  private static final short SPRM_C_F_BOLD = 0x0835;
  private static final short SPRM_P_F_IN_TABLE = 0x2416;
  private static final short SPRM_P_F_TTP = 0x2417;
  private static final short SPRM_P_F_KEEP = 0x2405;
  private static final short SPRM_P_ITAP = 0x6649;
  private static final short SPRM_T_DEF_TABLE = (short) 0xD608;

  /** A paragraph (its text with its end mark: \r, or \u0007 for a cell), bold, and its place in a table. */
  private record Para(String text, boolean bold, Kind kind, int cells) {}

  private enum Kind { BODY, CELL, ROW_END }

  private final List<Para> paras = new ArrayList<>();

  WordBinaryWriter paragraph(String text) {
    paras.add(new Para(text + "\r", false, Kind.BODY, 0));
    return this;
  }

  WordBinaryWriter boldParagraph(String text) {
    paras.add(new Para(text + "\r", true, Kind.BODY, 0));
    return this;
  }

  /** One table row: a paragraph per cell ending in the cell mark, then the row-end mark with the row's layout. */
  WordBinaryWriter row(List<String> cells) {
    for (String cell : cells) {
      paras.add(new Para(cell + "\u0007", false, Kind.CELL, 0));
    }
    paras.add(new Para("\u0007", false, Kind.ROW_END, cells.size()));
    return this;
  }

  /**
   * @param eightBit store the text as one byte per character (windows-1252), else UTF-16
   */
  byte[] write(boolean eightBit) {
    if (paras.size() > 60) {
      throw new IllegalArgumentException("one page of properties holds some 60 paragraphs at most");
    }
    StringBuilder text = new StringBuilder();
    paras.forEach(p -> text.append(p.text()));
    Charset charset = eightBit ? Charset.forName("windows-1252") : StandardCharsets.UTF_16LE;
    byte[] textBytes = text.toString().getBytes(charset);
    int fcTextEnd = FC_TEXT + textBytes.length;
    int chpPage = (fcTextEnd + PAGE - 1) / PAGE;
    int papPage = chpPage + 1;
    ByteBuffer word = le((papPage + 1) * PAGE);

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    int[] stsh = append(table, styleSheet());
    ByteBuffer clx = le(21); // one piece: Pcdt (clxt 2), PlcPcd with CPs 0..ccp and one Pcd
    int fcPiece = eightBit ? (FC_TEXT * 2) | 0x40000000 : FC_TEXT; // bit 30: compressed (8-bit) at fc/2
    clx.put((byte) 2).putInt(16).putInt(0).putInt(text.length()).putShort((short) 0).putInt(fcPiece).putShort((short) 0);
    int[] pieces = append(table, clx.array());
    int[] chpBins = append(table, le(12).putInt(FC_TEXT).putInt(fcTextEnd).putInt(chpPage).array());
    int[] papBins = append(table, le(12).putInt(FC_TEXT).putInt(fcTextEnd).putInt(papPage).array());
    // one section over all the text, no section properties (fcSepx -1)
    int[] sections = append(table, le(20).putInt(0).putInt(text.length()).putShort((short) 0).putInt(-1)
        .putShort((short) 0).putInt(-1).array());
    int[] fonts = append(table, fontTable("Times New Roman"));
    int[] dop = append(table, new byte[544]);

    // FIB: FibBase, then fibRgW (14 words), fibRgLw (22 longs), fibRgFcLcb97 (93 pairs), cswNew 0
    word.putShort(0, (short) 0xA5EC).putShort(2, (short) 0x00C1).putShort(6, (short) 0x0409);
    word.putShort(0x0A, (short) (1 << 9)); // fWhichTblStm: the table stream is 1Table
    word.putShort(0x0C, (short) 0x00BF);
    word.putShort(0x20, (short) 14).putShort(0x3E, (short) 22);
    word.putInt(0x40, word.capacity()); // cbMac
    word.putInt(0x40 + 12, text.length()); // ccpText
    word.putShort(0x98, (short) 93);
    int[][] fcLcb = {{1, stsh[0], stsh[1]}, {6, sections[0], sections[1]}, {12, chpBins[0], chpBins[1]},
        {13, papBins[0], papBins[1]}, {15, fonts[0], fonts[1]}, {31, dop[0], dop[1]}, {33, pieces[0], pieces[1]}};
    for (int[] entry : fcLcb) {
      word.putInt(0x9A + entry[0] * 8, entry[1]).putInt(0x9A + entry[0] * 8 + 4, entry[2]);
    }
    word.position(FC_TEXT);
    word.put(textBytes);
    writeFormattedDiskPages(word, chpPage * PAGE, papPage * PAGE, eightBit ? 1 : 2);

    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(word.array()), "WordDocument");
      fs.createDocument(new ByteArrayInputStream(table.toByteArray()), "1Table");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A character-property page (one run per paragraph; bold ones point at a CHPX with sprmCFBold) and a
   * paragraph-property page (each paragraph points at a PAPX: style 0 and its table sprms).
   */
  private void writeFormattedDiskPages(ByteBuffer word, int chp, int pap, int bytesPerChar) {
    int n = paras.size();
    int boldChpx = 500; // a CHPX near the end of the page: cb 3, sprmCFBold = 1
    word.put(chp + boldChpx, (byte) 3).putShort(chp + boldChpx + 1, SPRM_C_F_BOLD).put(chp + boldChpx + 3, (byte) 1);
    int free = PAGE - 1;
    Map<String, Integer> placed = new HashMap<>();
    int fc = FC_TEXT;
    for (int i = 0; i < n; i++) {
      Para p = paras.get(i);
      word.putInt(chp + i * 4, fc).putInt(pap + i * 4, fc);
      fc += p.text().length() * bytesPerChar;
      word.put(chp + (n + 1) * 4 + i, (byte) (p.bold() ? boldChpx / 2 : 0));
      byte[] papx = papx(p);
      Integer at = placed.get(Arrays.toString(papx));
      if (at == null) { // PapxInFkp: cb 0, cb' (size / 2), then istd and sprms
        free = (free - papx.length - 2) & ~1;
        word.put(pap + free, (byte) 0).put(pap + free + 1, (byte) (papx.length / 2));
        word.put(pap + free + 2, papx);
        at = free;
        placed.put(Arrays.toString(papx), at);
      }
      word.put(pap + (n + 1) * 4 + i * 13, (byte) (at / 2)); // BX: offset in words, PHE left empty
    }
    if ((n + 1) * 4 + n * 13 > free) {
      throw new IllegalArgumentException("too many paragraphs for one page of paragraph properties");
    }
    word.putInt(chp + n * 4, fc).put(chp + PAGE - 1, (byte) n); // crun
    word.putInt(pap + n * 4, fc).put(pap + PAGE - 1, (byte) n); // cpara
  }

  /** Style 0 and the paragraph's sprms, padded to an even length. */
  private static byte[] papx(Para p) {
    ByteBuffer b = le(PAGE);
    b.putShort((short) 0);
    if (p.kind() != Kind.BODY) {
      b.putShort(SPRM_P_F_IN_TABLE).put((byte) 1);
      b.putShort(SPRM_P_ITAP).putInt(1);
    }
    if (p.kind() == Kind.ROW_END) {
      b.putShort(SPRM_P_F_TTP).put((byte) 1);
      int rest = 1 + 2 * (p.cells() + 1); // itcMac and rgdxaCenter; rgTc80 may be left out
      b.putShort(SPRM_T_DEF_TABLE).putShort((short) (rest + 1)).put((byte) p.cells());
      for (int c = 0; c <= p.cells(); c++) {
        b.putShort((short) (c * 2000));
      }
    }
    if (b.position() % 2 != 0) {
      b.putShort(SPRM_P_F_KEEP).put((byte) 0); // a no-op sprm to make the length even
    }
    return Arrays.copyOf(b.array(), b.position());
  }

  /** STSH: the header (Stshi) and one paragraph style, "Normal". */
  private static byte[] styleSheet() {
    ByteBuffer std = le(64);
    std.putShort((short) 0).putShort((short) (1 | 0x0FFF << 4)).putShort((short) 2).putShort((short) 0).putShort((short) 0);
    std.putShort((short) 6);
    for (char c : "Normal".toCharArray()) {
      std.putShort((short) c);
    }
    std.putShort((short) 0);
    std.putShort((short) 2).putShort((short) 0).putShort((short) 0); // paragraph UPX (istd 0), character UPX
    int length = std.position();
    ByteBuffer stsh = le(20 + 2 + length);
    stsh.putShort((short) 18).putShort((short) 1).putShort((short) 10).putShort((short) 1).putShort((short) 0x5B)
        .putShort((short) 0x0F).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0);
    stsh.putShort((short) length).put(std.array(), 0, length);
    return stsh.array();
  }

  private static byte[] fontTable(String font) {
    int ffnLength = 39 + (font.length() + 1) * 2;
    ByteBuffer b = le(4 + 1 + ffnLength);
    b.putShort((short) 1).putShort((short) 0).put((byte) ffnLength);
    b.put((byte) 0x16).putShort((short) 400).put((byte) 0).put((byte) 0).put(new byte[34]);
    for (char c : font.toCharArray()) {
      b.putShort((short) c);
    }
    b.putShort((short) 0);
    return Arrays.copyOf(b.array(), b.position());
  }

  /** Appends to the table stream; returns {fc, lcb}. */
  private static int[] append(ByteArrayOutputStream table, byte[] bytes) {
    int fc = table.size();
    table.writeBytes(bytes);
    return new int[] {fc, bytes.length};
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
