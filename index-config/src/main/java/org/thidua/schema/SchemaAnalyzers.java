package org.thidua.schema;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.util.IOUtils;
import org.thidua.analysis.ThiduaAnalyzers;

/**
 * The analyzers of the index: one pair (index, query) per {@link TextVariant}. {@link #indexing()} and
 * {@link #querying()} pick the variant's analyzer from the field name, so one analyzer serves IndexWriter, query
 * building and highlighting.
 */
public record SchemaAnalyzers(
    Analyzer exactIndex, Analyzer exactQuery, Analyzer foldedIndex, Analyzer foldedQuery)
    implements Closeable {

  public SchemaAnalyzers {
    Objects.requireNonNull(exactIndex);
    Objects.requireNonNull(exactQuery);
    Objects.requireNonNull(foldedIndex);
    Objects.requireNonNull(foldedQuery);
  }

  /**
   * thidua's Vietnamese analyzers ({@link ThiduaAnalyzers}): exact = word-segmented with diacritics, folded =
   * syllables without diacritics; both normalise, resolve abbreviations (contracted and expanded at index time) and
   * drop stop words.
   *
   * @param modelDir VnCoreNLP model folder, or null for the default (system property, environment; without a
   *     model, syllables)
   */
  public static SchemaAnalyzers thidua(Path modelDir) {
    return new SchemaAnalyzers(
        ThiduaAnalyzers.exactIndex(modelDir),
        ThiduaAnalyzers.exactQuery(modelDir),
        ThiduaAnalyzers.foldedIndex(modelDir),
        ThiduaAnalyzers.foldedQuery(modelDir));
  }

  /** Index-time analyzer for any field of the schema, chosen by the field's variant suffix. */
  public Analyzer indexing() {
    return byVariant(exactIndex, foldedIndex);
  }

  /** Query-time analyzer for any field of the schema, chosen by the field's variant suffix. */
  public Analyzer querying() {
    return byVariant(exactQuery, foldedQuery);
  }

  public Analyzer index(TextVariant variant) {
    return variant == TextVariant.FOLDED ? foldedIndex : exactIndex;
  }

  public Analyzer query(TextVariant variant) {
    return variant == TextVariant.FOLDED ? foldedQuery : exactQuery;
  }

  private static Analyzer byVariant(Analyzer exact, Analyzer folded) {
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return TextVariant.ofField(fieldName) == TextVariant.FOLDED ? folded : exact;
      }
    };
  }

  @Override
  public void close() {
    IOUtils.closeWhileHandlingException(exactIndex, exactQuery, foldedIndex, foldedQuery);
  }
}
