package org.thidua.ingest.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/** The formats thidua reads, as detected from content (Tika's magic) or expected from a file name. */
enum Format {
  DOCX("DOCX", Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
      "application/vnd.ms-word.document.macroenabled.12",
      "application/vnd.ms-word.template.macroenabled.12")),
  DOC("DOC (Word 97–2003)", Set.of("application/msword")),
  ODT("ODT", Set.of(
      "application/vnd.oasis.opendocument.text",
      "application/vnd.oasis.opendocument.text-template",
      "application/x-vnd.oasis.opendocument.text")),
  RTF("RTF", Set.of("application/rtf", "text/rtf")),
  PDF("PDF", Set.of("application/pdf")),
  HTML("HTML", Set.of("text/html", "application/xhtml+xml")),
  TXT("plain text", Set.of("text/plain")),
  IMAGE("image", Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/x-ms-bmp", "image/gif"));

  private static final Map<String, Format> EXTENSIONS = Map.ofEntries(
      Map.entry("docx", DOCX), Map.entry("docm", DOCX), Map.entry("dotx", DOCX), Map.entry("dotm", DOCX),
      Map.entry("doc", DOC), Map.entry("dot", DOC),
      Map.entry("odt", ODT), Map.entry("ott", ODT),
      Map.entry("rtf", RTF),
      Map.entry("pdf", PDF),
      Map.entry("htm", HTML), Map.entry("html", HTML), Map.entry("xhtml", HTML),
      Map.entry("txt", TXT), Map.entry("text", TXT),
      Map.entry("png", IMAGE), Map.entry("jpg", IMAGE), Map.entry("jpeg", IMAGE), Map.entry("tif", IMAGE),
      Map.entry("tiff", IMAGE), Map.entry("bmp", IMAGE), Map.entry("gif", IMAGE));

  private final String label;
  private final Set<String> mediaTypes;

  Format(String label, Set<String> mediaTypes) {
    this.label = label;
    this.mediaTypes = mediaTypes;
  }

  String label() {
    return label;
  }

  /** Word-processing formats: their pictures are only read (by OCR) when they hold no text at all. */
  boolean wordProcessing() {
    return this == DOCX || this == DOC || this == ODT || this == RTF;
  }

  /** The format of a detected media type, or null when thidua does not read it. */
  static Format of(MediaType type) {
    String base = type.getBaseType().toString();
    for (Format format : values()) {
      if (format.mediaTypes.contains(base)) {
        return format;
      }
    }
    return null;
  }

  /** The format a file name promises by its extension, or null. */
  static Format ofName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return null;
    }
    return EXTENSIONS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The file name's extension as written, e.g. ".docx", or "" when it has none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot);
  }
}
