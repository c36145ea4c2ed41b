package org.thidua.ingest.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * What to do with documents embedded in a file (images, attachments, OLE objects): normally nothing — only the
 * plan's own text counts — but they are counted. A Word file made of scanned pages pasted in as pictures has
 * no text of its own; for it, a second pass reads the embedded images with OCR, in place.
 */
final class EmbeddedImages implements EmbeddedDocumentExtractor {

  private final Parser ocr;
  private final Detector detector;
  private final ParseContext context;
  private int seen;
  private int read;

  /** Counts embedded documents and reads none. */
  static EmbeddedImages counting() {
    return new EmbeddedImages(null, null, null);
  }

  /** Reads embedded images with {@code ocr} (configured by {@code context}), skips everything else. */
  static EmbeddedImages ocr(Parser ocr, Detector detector, ParseContext context) {
    return new EmbeddedImages(ocr, detector, context);
  }

  private EmbeddedImages(Parser ocr, Detector detector, ParseContext context) {
    this.ocr = ocr;
    this.detector = detector;
    this.context = context;
  }

  /** Embedded documents met. */
  int seen() {
    return seen;
  }

  /** Images read by OCR. */
  int read() {
    return read;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    seen++;
    return ocr != null;
  }

  @Override
  public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    if (ocr == null) {
      return;
    }
    // the container owns the stream: do not let the image's parse close it
    try (TikaInputStream image = TikaInputStream.get(new FilterInputStream(stream) {
          @Override
          public void close() {}
        })) {
      if (!"image".equals(detector.detect(image, metadata).getType())) {
        return;
      }
      ocr.parse(image, new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata, context);
      read++;
    } catch (TikaException e) {
      // one picture that cannot be read (damaged, or not really an image) leaves the others
    }
  }
}
