package org.thidua.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Horizontally merged cells of a DOCX's tables ({@code w:gridSpan}), which Tika's XHTML does not carry: a cell
 * spanning three grid columns comes out as one {@code <td>}, and the row's later cells slide left. A light
 * pass over {@code word/document.xml} records, per table, each cell's span; {@link StructureHandler} finds the
 * same table by its shape and first row and pads the spans with empty cells, so columns line up. Vertical
 * merges need nothing: Tika writes an empty cell for each continued one.
 */
final class DocxTableSpans {

  private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final int MAX_XML_BYTES = 64 * 1024 * 1024;
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  /** Spans by table signature (see {@link #signature}); several tables may share one. */
  private final Map<String, Deque<List<List<Integer>>>> bySignature = new HashMap<>();

  private DocxTableSpans() {}

  static final DocxTableSpans NONE = new DocxTableSpans();

  /** The spans of a DOCX's tables; {@link #NONE} when it has no merged cells or cannot be read. */
  static DocxTableSpans read(byte[] docx) {
    try {
      byte[] xml = mainPart(docx);
      if (xml == null || indexOf(xml, "gridSpan".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) < 0) {
        return NONE;
      }
      DocxTableSpans spans = new DocxTableSpans();
      spans.scan(xml);
      return spans;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return NONE; // the parse proper will say what is wrong with the file
    }
  }

  /**
   * The spans of the table with these rows (cells per row, and the first row's cell texts), or null. Each
   * recorded table is handed out once, in document order among tables of the same signature.
   */
  List<List<Integer>> take(List<Integer> cellsPerRow, List<String> firstRow) {
    Deque<List<List<Integer>>> queue = bySignature.get(signature(cellsPerRow, firstRow));
    return queue == null ? null : queue.poll();
  }

  static String signature(List<Integer> cellsPerRow, List<String> firstRow) {
    StringBuilder key = new StringBuilder(cellsPerRow.toString()).append('|');
    for (String cell : firstRow) {
      for (int i = 0; i < cell.length(); i++) {
        if (!Character.isWhitespace(cell.charAt(i))) {
          key.append(cell.charAt(i));
        }
      }
      key.append('|');
    }
    return key.toString();
  }

  private static byte[] mainPart(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("word/document.xml")) {
          return readCapped(zip);
        }
      }
    }
    return null;
  }

  private static byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) > 0; ) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_XML_BYTES) {
        return null;
      }
    }
    return out.toByteArray();
  }

  private static final class TableDraft {
    final List<List<Integer>> spans = new ArrayList<>();
    final List<String> firstRow = new ArrayList<>();
    StringBuilder cellText;
    boolean inText;
  }

  private void scan(byte[] xml) throws XMLStreamException {
    XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    Deque<TableDraft> open = new ArrayDeque<>();
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
          TableDraft table = open.peek();
          switch (reader.getLocalName()) {
            case "tbl" -> open.push(new TableDraft());
            case "tr" -> {
              if (table != null) table.spans.add(new ArrayList<>());
            }
            case "tc" -> {
              if (table != null && !table.spans.isEmpty()) {
                table.spans.getLast().add(1);
                table.cellText = table.spans.size() == 1 ? new StringBuilder() : null;
              }
            }
            case "t" -> {
              if (table != null) table.inText = true;
            }
            case "gridSpan" -> {
              if (table != null && !table.spans.isEmpty() && !table.spans.getLast().isEmpty()) {
                String value = reader.getAttributeValue(WORD_NS, "val");
                List<Integer> row = table.spans.getLast();
                row.set(row.size() - 1, parseSpan(value));
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.CHARACTERS && !open.isEmpty() && open.peek().inText
            && open.peek().cellText != null) {
          open.peek().cellText.append(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
          TableDraft table = open.peek();
          switch (reader.getLocalName()) {
            case "t" -> {
              if (table != null) table.inText = false;
            }
            case "tc" -> {
              if (table != null && table.cellText != null) {
                table.firstRow.add(table.cellText.toString());
                table.cellText = null;
              }
            }
            case "tbl" -> {
              TableDraft done = open.pop();
              List<Integer> cellsPerRow = done.spans.stream().map(List::size).toList();
              if (done.spans.stream().flatMap(List::stream).anyMatch(span -> span > 1)) {
                bySignature.computeIfAbsent(signature(cellsPerRow, done.firstRow), k -> new ArrayDeque<>())
                    .add(done.spans);
              }
            }
            default -> {}
          }
        }
      }
    } finally {
      reader.close();
    }
  }

  private static int parseSpan(String value) {
    try {
      return value == null ? 1 : Math.max(1, Math.min(64, Integer.parseInt(value.trim())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
