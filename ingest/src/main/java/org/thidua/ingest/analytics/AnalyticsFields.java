package org.thidua.ingest.analytics;

import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.thidua.dictionary.Keys;
import org.thidua.ingest.analytics.overlap.TextFingerprint;
import org.thidua.ingest.plan.Plan;
import org.thidua.schema.Fields;

/**
 * The index-time part of the analytics, called by the index writer for each document: LSH band terms and shingle
 * hashes of every task and obligation text, and the keys that link a plan with the plans it implements.
 */
public final class AnalyticsFields {
  private AnalyticsFields() {}

  /** Adds {@link Fields#LSH_BAND} terms and {@link Fields#SHINGLES} for a task or obligation text. */
  public static void addOverlap(Document doc, String text) {
    TextFingerprint fingerprint = TextFingerprint.standard();
    int[] shingles = fingerprint.shinglesOf(text);
    if (shingles.length == 0) {
      return;
    }
    for (String term : fingerprint.bandTerms(shingles)) {
      doc.add(new StringField(Fields.LSH_BAND, term, Field.Store.NO));
    }
    doc.add(new BinaryDocValuesField(Fields.SHINGLES, encode(shingles)));
  }

  /** Adds {@link Fields#DOC_NUMBER_KEY} and {@link Fields#PARENT_REF} to a plan document. */
  public static void addPlanLinks(Document doc, Plan plan) {
    addDocNumberKey(doc, plan);
    for (String ref : plan.parentRefs() == null ? List.<String>of() : plan.parentRefs()) {
      String refKey = docNumberKey(ref);
      if (!refKey.isEmpty()) {
        doc.add(new StringField(Fields.PARENT_REF, refKey, Field.Store.NO));
      }
    }
  }

  /**
   * Adds the plan's {@link Fields#DOC_NUMBER_KEY}; its tasks and obligations carry it too, so that a number typed
   * in the search box finds them.
   */
  public static void addDocNumberKey(Document doc, Plan plan) {
    String key = docNumberKey(plan.docNumber());
    if (!key.isEmpty()) {
      doc.add(new StringField(Fields.DOC_NUMBER_KEY, key, Field.Store.NO));
    }
  }

  /** "12/KH-UBND", "12/KH - UBND", "12/kh-ubnd" → one key. */
  public static String docNumberKey(String docNumber) {
    return docNumber == null ? "" : Keys.fold(docNumber).replace(" ", "");
  }

  public static BytesRef encode(int[] values) {
    byte[] bytes = new byte[values.length * 4];
    for (int i = 0; i < values.length; i++) {
      int v = values[i];
      bytes[i * 4] = (byte) (v >>> 24);
      bytes[i * 4 + 1] = (byte) (v >>> 16);
      bytes[i * 4 + 2] = (byte) (v >>> 8);
      bytes[i * 4 + 3] = (byte) v;
    }
    return new BytesRef(bytes);
  }

  public static int[] decode(BytesRef ref) {
    int[] values = new int[ref.length / 4];
    byte[] b = ref.bytes;
    for (int i = 0, o = ref.offset; i < values.length; i++, o += 4) {
      values[i] = (b[o] << 24) | ((b[o + 1] & 0xFF) << 16) | ((b[o + 2] & 0xFF) << 8) | (b[o + 3] & 0xFF);
    }
    return values;
  }
}
