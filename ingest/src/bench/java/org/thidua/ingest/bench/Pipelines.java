package org.thidua.ingest.bench;

import java.io.ByteArrayInputStream;
import org.apache.tika.metadata.Metadata;
import org.thidua.ingest.PlanReader;
import org.thidua.ingest.plan.Plan;
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

  /**
   * Read → parse → extract with one shared {@link PlanReader}, as the command line and the server do. The
   * reader is closed when the JVM exits.
   */
  static ExtractionThroughput.Pipeline endToEnd() {
    PlanReader reader = new PlanReader();
    Runtime.getRuntime().addShutdownHook(new Thread(reader::close));
    return (name, content) -> {
      Plan plan = reader.read(name, content);
      if (plan.tasks() == null || plan.tasks().isEmpty()) {
        throw new IllegalStateException(name + ": no tasks extracted");
      }
      return plan.tasks().size();
    };
  }
}
