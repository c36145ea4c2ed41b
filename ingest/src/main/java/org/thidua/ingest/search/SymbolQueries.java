package org.thidua.ingest.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.thidua.dictionary.DocumentSymbols;
import org.thidua.dictionary.LegalRegistry;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.analytics.AnalyticsFields;
import org.thidua.ingest.extract.legal.LegalReferenceExtractor;
import org.thidua.schema.FacetDimension;
import org.thidua.schema.Fields;

/**
 * Document symbols typed in a query ("91/2017/NĐ-CP", "186/KH-SYT", "34-CT/TW"). Recognised and put in canonical
 * form by the same extractor that reads plans, so a symbol typed in any case or spacing finds the documents of a
 * plan that cites it (the legal-reference ids) or whose own number it is, as well as texts that contain it.
 */
final class SymbolQueries {

  /**
   * A query with its symbols taken out.
   *
   * @param rest the query without the symbols (and the type words and dates written with them)
   * @param symbols each symbol: as typed, and its canonical id
   */
  record Split(UserQuery rest, List<Symbol> symbols) {}

  record Symbol(String asTyped, String id) {}

  private static final class Holder {
    static final LegalReferenceExtractor EXTRACTOR =
        new LegalReferenceExtractor(LegalRegistry.load(), DocumentSymbols.load(), PlanTerms.load());
  }

  private SymbolQueries() {}

  /** Takes the symbols out of the query's words; quoted phrases are left as they are. */
  static Split split(UserQuery query) {
    String words = query.words();
    List<LegalReferenceExtractor.Mention> mentions = Holder.EXTRACTOR.symbols(words);
    if (mentions.isEmpty()) {
      return new Split(query, List.of());
    }
    StringBuilder rest = new StringBuilder();
    List<Symbol> symbols = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int last = 0;
    for (LegalReferenceExtractor.Mention m : mentions) {
      if (m.start() < last) {
        continue;
      }
      rest.append(words, last, m.start()).append(' ');
      if (seen.add(m.id())) {
        symbols.add(new Symbol(words.substring(m.start(), m.end()).strip(), m.id()));
      }
      last = m.end();
    }
    rest.append(words, last, words.length());
    return new Split(new UserQuery(rest.toString().replaceAll("\\s+", " "), query.phrases()), List.copyOf(symbols));
  }

  /**
   * What a task, obligation or plan document matches for one symbol: its plan cites the document, its plan's
   * number is the symbol, or its text (through {@code text}, may be null) contains it.
   */
  static Query match(Symbol symbol, Query text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    any.add(
        new TermQuery(DrillDownQuery.term(FacetDimension.LEGAL_REF.indexField(), FacetDimension.LEGAL_REF.dim(), symbol.id())),
        Occur.SHOULD);
    Set<String> keys = new LinkedHashSet<>();
    keys.add(AnalyticsFields.docNumberKey(symbol.id()));
    keys.add(AnalyticsFields.docNumberKey(symbol.asTyped()));
    for (String key : keys) {
      if (!key.isEmpty()) {
        any.add(new TermQuery(new Term(Fields.DOC_NUMBER_KEY, key)), Occur.SHOULD);
      }
    }
    if (text != null) {
      any.add(text, Occur.SHOULD);
    }
    return any.build();
  }
}
