package org.thidua.ingest.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.thidua.schema.SchemaAnalyzers;

/**
 * TEMPORARY, test only: stands in for org.thidua.analysis.ThiduaAnalyzers until the analysis branch is merged
 * (exact = lower-cased words, folded = lower-cased, ASCII-folded words; no segmentation, no abbreviations).
 */
public final class TemporaryAnalyzers {
  private TemporaryAnalyzers() {}

  public static SchemaAnalyzers create() {
    Analyzer exact = analyzer(false);
    Analyzer folded = analyzer(true);
    return new SchemaAnalyzers(exact, exact, folded, folded);
  }

  private static Analyzer analyzer(boolean fold) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (fold) {
          stream = new ASCIIFoldingFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }
}
