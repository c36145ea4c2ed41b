package org.thidua.ingest.search;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reading stored values of a hit. */
final class StoredValues {
  private StoredValues() {}

  static Integer integer(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
  }

  static List<String> all(Document doc, String field) {
    return Arrays.asList(doc.getValues(field));
  }
}
