package org.thidua.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.SecureContentHandler;
import org.thidua.ingest.parse.UnreadableFileException.Reason;
import org.thidua.ingest.parse.legacy.LegacyTextRepair;
import org.thidua.ingest.structure.Block;
import org.thidua.ingest.structure.Paragraph;
import org.thidua.ingest.structure.PlanDocument;
import org.thidua.ingest.structure.Table;
import org.xml.sax.SAXException;

/**
 * Parses a plan file of any supported format into a {@link PlanDocument}: DOCX, DOC, ODT, RTF, PDF (text layer,
 * or OCR), HTML, plain text in any Vietnamese charset, and images (OCR). Formats are recognised by content, not
 * by name; text in the old TCVN3 and VNI encodings is converted to Unicode.
 *
 * <p>Thread-safe and reusable: one instance serves any number of threads. Each file is parsed on a worker
 * thread under the {@link ParseLimits}; whatever goes wrong with one file (malformed, hostile, too big, too
 * slow) comes back as an {@link UnreadableFileException} for that file and leaves the parser usable.
 * {@link #close()} stops the worker threads (they are daemon threads, so forgetting it does not keep a JVM up).
 */
public final class DocumentParser implements AutoCloseable {

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
  private static volatile TikaConfig tikaConfig;

  private static final MediaType ZIP = MediaType.application("zip");
  private static final MediaType OOXML_UNKNOWN = MediaType.application("x-tika-ooxml");
  private static final MediaType OLE_UNKNOWN = MediaType.application("x-tika-msoffice");
  private static final MediaType OOXML_ENCRYPTED = MediaType.application("x-tika-ooxml-protected");
  private static final MediaType TEXT = MediaType.TEXT_PLAIN;

  /** The Tika metadata a document keeps, under thidua's names, in this order. */
  private static final List<Map.Entry<String, Property>> METADATA =
      List.of(
          Map.entry("title", TikaCoreProperties.TITLE),
          Map.entry("author", TikaCoreProperties.CREATOR),
          Map.entry("created", TikaCoreProperties.CREATED),
          Map.entry("modified", TikaCoreProperties.MODIFIED),
          Map.entry("language", TikaCoreProperties.LANGUAGE),
          Map.entry("pages", PagedText.N_PAGES));

  /** Element nesting beyond any real document (Word's HTML goes some 30 deep); deeper is hostile or broken. */
  static final int MAX_NESTING = 1000;

  private final ParseLimits limits;
  private final Detector detector;
  private final Parser parser;
  private final ExecutorService workers;

  /** A parser with {@link ParseLimits#defaults()}. */
  public DocumentParser() {
    this(ParseLimits.defaults());
  }

  public DocumentParser(ParseLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    TikaConfig config = tika();
    this.detector = config.getDetector();
    this.parser = config.getParser();
    this.workers = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "thidua-parse-" + THREAD_NUMBER.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  public ParseLimits limits() {
    return limits;
  }

  /**
   * Parses a file; the file name given to the document is the path's last element.
   *
   * @throws UnreadableFileException when the file cannot be read, with the reason and the file's name
   */
  public PlanDocument parse(Path file) throws UnreadableFileException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableFileException(name, Reason.IO, "this is a directory, not a file");
      }
      long size = Files.size(file);
      checkSize(name, size);
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(name, Reason.IO, "the file does not exist (" + file + ")", e);
    } catch (IOException e) {
      throw new UnreadableFileException(name, Reason.IO, "the file cannot be read: " + e.getMessage(), e);
    }
    return parse(name, bytes);
  }

  /**
   * Parses a stream (not closed here); reads at most {@link ParseLimits#maxFileBytes()} + 1 bytes of it.
   *
   * @param fileName the file's name, used in messages and to notice mislabelled files
   * @throws UnreadableFileException when the content cannot be read, with the reason and the file's name
   */
  public PlanDocument parse(String fileName, InputStream content) throws UnreadableFileException {
    String name = Objects.requireNonNull(fileName, "fileName");
    byte[] bytes;
    try {
      int cap = (int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 16);
      bytes = content.readNBytes(cap);
    } catch (IOException e) {
      throw new UnreadableFileException(name, Reason.IO, "the content cannot be read: " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw new UnreadableFileException(name, Reason.TOO_LARGE,
          "the file is larger than the limit of " + limits.maxFileBytes() + " bytes");
    }
    return parse(name, bytes);
  }

  /**
   * Parses a file's content held in memory.
   *
   * @throws UnreadableFileException when the content cannot be read, with the reason and the file's name
   * @throws IllegalStateException when this parser has been closed
   */
  public PlanDocument parse(String fileName, byte[] content) throws UnreadableFileException {
    String name = Objects.requireNonNull(fileName, "fileName");
    checkSize(name, content.length);
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    Future<PlanDocument> future;
    try {
      future = workers.submit(() -> work(name, content, deadline));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new IllegalStateException("this DocumentParser is closed", e);
    }
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new UnreadableFileException(name, Reason.TIMEOUT,
          "parsing took longer than the limit of " + limits.timeout().toMillis() + " ms", e);
    } catch (ExecutionException e) {
      throw Failures.classify(name, null, e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new UnreadableFileException(name, Reason.IO, "parsing was interrupted", e);
    }
  }

  /** Stops the worker threads; parses under way are interrupted. */
  @Override
  public void close() {
    workers.shutdownNow();
  }

  private void checkSize(String name, long size) throws UnreadableFileException {
    if (size == 0) {
      throw new UnreadableFileException(name, Reason.EMPTY, "the file is empty (0 bytes)");
    }
    if (size > limits.maxFileBytes()) {
      throw new UnreadableFileException(name, Reason.TOO_LARGE,
          "the file is " + size + " bytes, over the limit of " + limits.maxFileBytes() + " bytes");
    }
  }

  // ------------------------------------------------------------------ on the worker thread

  /** Everything that happens to one file; any failure becomes an {@link UnreadableFileException}. */
  private PlanDocument work(String name, byte[] bytes, long deadline) throws UnreadableFileException {
    Format format = null;
    try {
      Detection detection = detect(name, bytes);
      format = detection.format();
      Draft draft = format == Format.TXT ? readText(name, bytes) : readWithTika(name, bytes, detection, deadline);
      draft.warnings.addAll(0, detection.warnings());
      return finish(name, detection, draft);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (Throwable t) { // one file must never bring the process down: OOM and stack overflow included
      throw Failures.classify(name, format, t);
    }
  }

  /** What the content is (by magic, not by name) and what to tell the user about it. */
  private record Detection(Format format, MediaType type, List<String> warnings) {}

  private Detection detect(String name, byte[] bytes) throws IOException, UnreadableFileException {
    MediaType byContent;
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      byContent = detector.detect(in, new Metadata());
    }
    Format named = Format.ofName(name);
    String ext = Format.extension(name);
    List<String> warnings = new ArrayList<>();
    Format format;
    MediaType type = byContent;
    if (byContent.equals(OOXML_ENCRYPTED)) {
      throw new UnreadableFileException(name, Reason.ENCRYPTED, Failures.ENCRYPTED);
    } else if (byContent.equals(MediaType.OCTET_STREAM)) {
      if (PlainTextDecoder.decode(bytes) != null) {
        format = Format.TXT; // e.g. UTF-16 without a byte-order mark: Tika's magic sees binary
        type = TEXT;
      } else if ((named == Format.DOCX || named == Format.ODT) && startsWith(bytes, "PK")
          || named == Format.DOC && startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
        format = named; // the container's signature is there but Tika could not open it: damaged
        type = MediaType.parse(mediaTypeOf(named));
      } else {
        throw new UnreadableFileException(name, Reason.UNSUPPORTED_FORMAT,
            "the content is not a document format thidua reads (DOCX, DOC, ODT, RTF, PDF, HTML, text, images)"
                + (named == null ? "" : ", although the name ends in " + ext));
      }
    } else if (byContent.equals(ZIP) || byContent.equals(OOXML_UNKNOWN)) {
      if (named != Format.DOCX && named != Format.ODT) {
        throw new UnreadableFileException(name, Reason.UNSUPPORTED_FORMAT,
            "the content is a ZIP archive, not a document thidua reads");
      }
      format = named; // a damaged DOCX/ODT looks like a plain ZIP to detection
      type = MediaType.parse(mediaTypeOf(named));
    } else if (byContent.equals(OLE_UNKNOWN)) {
      if (named != Format.DOC) {
        throw new UnreadableFileException(name, Reason.UNSUPPORTED_FORMAT,
            "the content is an old Office file that is not a Word document");
      }
      format = named;
      type = MediaType.parse(mediaTypeOf(named));
    } else {
      format = Format.of(byContent);
      if (format == null && tika().getMediaTypeRegistry().isSpecializationOf(byContent, TEXT)
          && PlainTextDecoder.decode(bytes) != null) {
        format = Format.TXT; // text/x-log, text/csv, ...: plain text all the same
      }
      if (format == null) {
        throw new UnreadableFileException(name, Reason.UNSUPPORTED_FORMAT,
            "the content is " + byContent.getBaseType() + ", which is not a document format thidua reads");
      }
      if (format == Format.TXT && named == Format.HTML) {
        format = Format.HTML; // an HTML fragment without <html>: let the HTML parser have it
        type = MediaType.TEXT_HTML;
      }
    }
    if (named != null && named != format) {
      warnings.add("the file is named " + ext + " but its content is " + format.label() + "; it was read as "
          + format.label());
    }
    return new Detection(format, type, warnings);
  }

  private static String mediaTypeOf(Format format) {
    return switch (format) {
      case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case ODT -> "application/vnd.oasis.opendocument.text";
      case DOC -> "application/msword";
      default -> throw new IllegalArgumentException(format.name());
    };
  }

  /** A document under construction. */
  private static final class Draft {
    List<Block> blocks = new ArrayList<>();
    final Map<String, String> metadata = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();
    String mediaType;
  }

  private Draft readText(String name, byte[] bytes) throws UnreadableFileException {
    PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
    if (decoded == null) {
      throw new UnreadableFileException(name, Reason.UNSUPPORTED_FORMAT, "the content is binary data, not text");
    }
    if (decoded.text().length() > limits.maxCharacters()) {
      throw new UnreadableFileException(name, Reason.TOO_LARGE,
          "the text is longer than the limit of " + limits.maxCharacters() + " characters");
    }
    Draft draft = new Draft();
    for (String line : PlainTextDecoder.lines(decoded.text())) {
      draft.blocks.add(new Paragraph(line));
    }
    draft.mediaType = TEXT.toString();
    draft.metadata.put("charset", decoded.charset());
    draft.warnings.addAll(decoded.warnings());
    return draft;
  }

  private Draft readWithTika(String name, byte[] bytes, Detection detection, long deadline)
      throws IOException, SAXException, org.apache.tika.exception.TikaException, UnreadableFileException {
    Format format = detection.format();
    Ocr ocr = limits.ocr() == OcrMode.OFF ? null : Ocr.get();
    boolean ocrReady = ocr != null && ocr.available();
    if (format == Format.IMAGE && !ocrReady) {
      throw needsOcr(name, "the file is an image", ocr);
    }
    checkContainer(name, format, bytes);

    ParseContext context = context(format, ocrReady ? ocr : null, deadline);
    EmbeddedImages embedded = EmbeddedImages.counting();
    context.set(EmbeddedDocumentExtractor.class, embedded);
    Parsed parsed = runTika(name, bytes, detection, context, deadline);
    List<String> warnings = new ArrayList<>();
    if (format.wordProcessing() && !hasText(parsed.blocks()) && embedded.seen() > 0) {
      // scanned pages pasted into a Word file as pictures: read them by OCR, or say that they need it
      if (!ocrReady) {
        throw needsOcr(name, "the document has no text, only pictures (scanned pages?),", ocr);
      }
      context = context(Format.IMAGE, ocr, deadline);
      EmbeddedImages images = EmbeddedImages.ocr(ocr.parser(), detector, context);
      context.set(EmbeddedDocumentExtractor.class, images);
      parsed = runTika(name, bytes, detection, context, deadline);
      warnings.add("the document has no text of its own; its " + images.read() + " picture(s) were read by OCR "
          + "(Tesseract, Vietnamese model); check the text");
    }

    Draft draft = new Draft();
    draft.blocks = parsed.blocks();
    draft.mediaType = detection.type().getBaseType().toString();
    Metadata metadata = parsed.metadata();
    for (Map.Entry<String, Property> kept : METADATA) {
      String value = metadata.get(kept.getValue());
      if (value != null && !value.isBlank()) {
        draft.metadata.put(kept.getKey(), value.strip());
      }
    }
    String encoding = metadata.get(Metadata.CONTENT_ENCODING);
    if (encoding != null) {
      draft.metadata.put("charset", encoding);
    }
    draft.warnings.addAll(warnings);
    if (format == Format.IMAGE || !warnings.isEmpty()) {
      draft.metadata.put("ocr", "tesseract " + Ocr.LANGUAGE);
    }
    if (format == Format.IMAGE) {
      draft.warnings.add("the text was read from an image by OCR (Tesseract, Vietnamese model); check it");
    } else if (format == Format.PDF) {
      Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
      checkPdfPages(name, parsed.pageCharacters(), ocrPages == null ? 0 : ocrPages, ocr, draft);
    }
    return draft;
  }

  /** What one run of Tika gave. */
  private record Parsed(List<Block> blocks, List<Integer> pageCharacters, Metadata metadata) {}

  private Parsed runTika(String name, byte[] bytes, Detection detection, ParseContext context, long deadline)
      throws IOException, SAXException, org.apache.tika.exception.TikaException {
    Format format = detection.format();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    metadata.set(Metadata.CONTENT_TYPE, detection.type().toString());
    Parser chosen = format == Format.IMAGE ? context.get(Parser.class) : parser;
    byte[] input = format == Format.RTF ? RtfTables.mark(bytes) : bytes;
    StructureHandler structure = new StructureHandler(format == Format.HTML,
        format != Format.PDF && format != Format.IMAGE, limits.maxCharacters(), bytes.length, deadline,
        format == Format.DOCX ? DocxTableSpans.read(bytes) : DocxTableSpans.NONE);
    try (TikaInputStream in = TikaInputStream.get(input)) {
      SecureContentHandler secure = new SecureContentHandler(structure, in);
      secure.setMaximumDepth(MAX_NESTING);
      try {
        chosen.parse(in, secure, metadata, context);
      } catch (SAXException e) {
        secure.throwIfCauseOf(e); // Tika's own zip-bomb guard: output far larger than the input
        throw e;
      }
    }
    List<Block> blocks = format == Format.RTF ? RtfTables.rebuild(structure.blocks()) : structure.blocks();
    return new Parsed(blocks, structure.pageCharacters(), metadata);
  }

  /** Checks that need no parse: a ZIP cut short or a zip bomb (DOCX, ODT), a PDF cut short. */
  private static void checkContainer(String name, Format format, byte[] bytes) throws UnreadableFileException {
    if (startsWith(bytes, "PK") && (format == Format.DOCX || format == Format.ODT)) {
      if (!ZipDirectory.isComplete(bytes)) {
        throw new UnreadableFileException(name, Reason.TRUNCATED_OR_CORRUPT, "the " + format.label()
            + " file is cut short: the end of its ZIP archive (the central directory) is missing");
      }
      String bomb = ZipDirectory.bomb(bytes);
      if (bomb != null) {
        throw new UnreadableFileException(name, Reason.ZIP_BOMB, Failures.ZIP_BOMB + ": " + bomb);
      }
    }
    if (format == Format.PDF && !endsLikePdf(bytes)) {
      throw new UnreadableFileException(name, Reason.TRUNCATED_OR_CORRUPT,
          "the PDF file is cut short: it does not end with %%EOF, so pages may be missing");
    }
  }

  /**
   * How Tika is to parse: no embedded documents, the HTML mapping the structure needs, streaming DOCX, and OCR
   * of images and of PDF pages without text when {@code ocr} is given.
   */
  private ParseContext context(Format format, Ocr ocr, long deadline) {
    ParseContext context = new ParseContext();
    context.set(HtmlMapper.class, StructureHtmlMapper.INSTANCE);
    context.set(EncodingDetector.class, new VietnameseEncodingDetector());
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true); // streams document.xml: memory stays bounded whatever its size
    office.setIncludeDeletedContent(false);
    office.setIncludeMoveFromContent(false);
    office.setExtractMacros(false);
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setOcrStrategy(ocr == null ? PDFParserConfig.OCR_STRATEGY.NO_OCR
        : limits.ocr() == OcrMode.ON ? PDFParserConfig.OCR_STRATEGY.OCR_ONLY : PDFParserConfig.OCR_STRATEGY.AUTO);
    context.set(PDFParserConfig.class, pdf);
    if (ocr != null && (format == Format.PDF || format == Format.IMAGE)) {
      TesseractOCRConfig tesseract = new TesseractOCRConfig();
      tesseract.setLanguage(Ocr.LANGUAGE);
      long secondsLeft = TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime());
      tesseract.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, secondsLeft)));
      context.set(TesseractOCRConfig.class, tesseract);
      context.set(Parser.class, ocr.parser()); // the PDF parser OCRs pages with the context's parser
    }
    return context;
  }

  /** A PDF without a text layer needs OCR; one with some textless pages gets a warning. */
  private void checkPdfPages(String name, List<Integer> pages, int ocrCount, Ocr ocr, Draft draft)
      throws UnreadableFileException {
    if (ocrCount > 0) {
      draft.metadata.put("ocr", "tesseract " + Ocr.LANGUAGE + ", " + ocrCount + " page(s)");
      draft.warnings.add(ocrCount + " page(s) had no usable text layer and were read by OCR (Tesseract, "
          + "Vietnamese model); check the text");
      return;
    }
    List<Integer> textless = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i) == 0) {
        textless.add(i + 1);
      }
    }
    if (!pages.isEmpty() && textless.size() == pages.size()) {
      throw needsOcr(name, "the PDF has no text layer (a scan)", ocr);
    }
    if (!textless.isEmpty()) {
      draft.warnings.add("page(s) " + textless + " have no text layer (scanned?) and were not read by OCR: "
          + (limits.ocr() == OcrMode.OFF ? "OCR is switched off" : Ocr.INSTALL_HINT));
    }
  }

  private UnreadableFileException needsOcr(String name, String what, Ocr ocr) {
    String why = limits.ocr() == OcrMode.OFF
        ? "OCR is switched off"
        : ocr.problem() + "; " + Ocr.INSTALL_HINT;
    return new UnreadableFileException(name, Reason.NEEDS_OCR, what + " and needs OCR to be read, but " + why);
  }

  /** Legacy-encoding repair and cleaning of every text, then the checks and the immutable document. */
  private PlanDocument finish(String name, Detection detection, Draft draft) throws UnreadableFileException {
    List<Block> blocks = map(draft.blocks, text -> Normalizer.normalize(text, Normalizer.Form.NFC));
    LegacyTextRepair legacy = LegacyTextRepair.get();
    List<String> texts = new ArrayList<>();
    map(blocks, text -> {
      texts.add(text);
      return text;
    });
    LegacyTextRepair.Decision decision = legacy.decide(texts);
    if (decision.converts()) {
      AtomicInteger converted = new AtomicInteger();
      blocks = map(blocks, text -> {
        String repaired = legacy.apply(decision, text);
        if (!repaired.equals(text)) {
          converted.incrementAndGet();
        }
        return repaired;
      });
      String label = decision.encoding().get().label();
      draft.metadata.put("legacyEncoding", decision.encoding().get().name());
      draft.warnings.add("converted from " + label + " to Unicode: " + converted.get() + " of " + texts.size()
          + " paragraphs were in that old encoding");
    }
    blocks = map(blocks, TextCleaner::clean);
    if (!hasText(blocks)) {
      throw new UnreadableFileException(name, Reason.EMPTY, draft.metadata.containsKey("ocr")
          ? "the file contains no text, not even by OCR" : "the file contains no text");
    }
    draft.metadata.put("format", detection.format().name());
    return new PlanDocument(name, draft.mediaType, List.copyOf(blocks),
        Collections.unmodifiableMap(new LinkedHashMap<>(draft.metadata)), List.copyOf(draft.warnings));
  }

  private static List<Block> map(List<Block> blocks, UnaryOperator<String> f) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      switch (block) {
        case Paragraph p -> out.add(new Paragraph(f.apply(p.text()), p.heading()));
        case Table t -> {
          List<Table.Row> rows = new ArrayList<>(t.rows().size());
          for (Table.Row row : t.rows()) {
            List<Table.Cell> cells = new ArrayList<>(row.cells().size());
            for (Table.Cell cell : row.cells()) {
              List<String> paragraphs = new ArrayList<>(cell.paragraphs().size());
              for (String paragraph : cell.paragraphs()) {
                String mapped = f.apply(paragraph);
                if (!mapped.isBlank()) {
                  paragraphs.add(mapped);
                }
              }
              cells.add(new Table.Cell(List.copyOf(paragraphs)));
            }
            rows.add(new Table.Row(List.copyOf(cells)));
          }
          out.add(new Table(List.copyOf(rows)));
        }
      }
    }
    return out;
  }

  private static boolean hasText(List<Block> blocks) {
    for (Block block : blocks) {
      switch (block) {
        case Paragraph p -> {
          if (!p.text().isBlank()) return true;
        }
        case Table t -> {
          for (Table.Row row : t.rows()) {
            for (Table.Cell cell : row.cells()) {
              if (!cell.paragraphs().isEmpty()) return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** A complete PDF ends with %%EOF (give or take trailing white space or junk from mail gateways). */
  private static boolean endsLikePdf(byte[] bytes) {
    int from = Math.max(0, bytes.length - 2048);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static boolean startsWith(byte[] bytes, String latin1Prefix) {
    if (bytes.length < latin1Prefix.length()) {
      return false;
    }
    for (int i = 0; i < latin1Prefix.length(); i++) {
      if ((bytes[i] & 0xFF) != latin1Prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static TikaConfig tika() {
    TikaConfig config = tikaConfig;
    if (config == null) {
      synchronized (DocumentParser.class) {
        config = tikaConfig;
        if (config == null) {
          config = TikaConfig.getDefaultConfig();
          tikaConfig = config;
        }
      }
    }
    return config;
  }
}
