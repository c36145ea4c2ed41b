package org.thidua.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Marks what a query matched in a hit's stored text. The folded variant of every text is indexed with offsets, so
 * the postings of the query's terms give the character spans directly: highlighting agrees with matching (folded
 * diacritics, expanded and contracted abbreviations — "TĐKT" marks "thi đua, khen thưởng" as one span) and costs
 * no analysis. Each term's postings are opened once per segment and walked forward through the hits, which costs a
 * fraction of asking the query for its matches hit by hit; the words of a quoted phrase are marked wherever they
 * occur in a hit, adjacent ones as one span.
 */
final class Highlighter {
  private final IndexSearcher searcher;
  private final Query query; // null: nothing to mark
  private final List<Term> terms = new ArrayList<>();
  private Weight weight; // for matches(), made on first use

  // the postings of the current segment, positioned at or before the last document asked for
  private LeafReaderContext leaf;
  private int last = -1;
  private PostingsEnum[] postings = new PostingsEnum[0];

  /** @param query what to mark; null marks nothing */
  Highlighter(IndexSearcher searcher, Query query) throws IOException {
    this.searcher = searcher;
    this.query = query == null ? null : searcher.rewrite(query);
    if (this.query != null) {
      this.query.visit(
          new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
              for (Term t : found) {
                if (!terms.contains(t)) {
                  terms.add(t);
                }
              }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
              return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
          });
    }
  }

  /** A span of matched characters. */
  record Span(int start, int end) {}

  /**
   * Spans of document {@code doc}'s stored {@code text} where the query's terms occur, merged, in order. Cheapest
   * when documents are asked for in increasing order.
   */
  List<Span> spans(int doc, String text) throws IOException {
    if (query == null || text == null || text.isEmpty() || terms.isEmpty()) {
      return List.of();
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - at.docBase;
    if (at != leaf || local < last) {
      open(at);
    }
    last = local;
    List<Span> spans = new ArrayList<>();
    for (PostingsEnum p : postings) {
      if (p == null) {
        continue;
      }
      int current = p.docID() < local ? p.advance(local) : p.docID();
      if (current != local) {
        continue;
      }
      for (int i = 0, n = p.freq(); i < n; i++) {
        p.nextPosition();
        if (p.startOffset() >= 0 && p.endOffset() > p.startOffset()) {
          spans.add(new Span(p.startOffset(), Math.min(p.endOffset(), text.length())));
        }
      }
    }
    return merge(spans, text);
  }

  /** Postings with offsets of every term in {@code at}; fields indexed without offsets (exact variants) have none. */
  private void open(LeafReaderContext at) throws IOException {
    leaf = at;
    postings = new PostingsEnum[terms.size()];
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      FieldInfo info = at.reader().getFieldInfos().fieldInfo(t.field());
      if (info == null || info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) < 0) {
        continue;
      }
      postings[i] = at.reader().postings(t, PostingsEnum.OFFSETS);
    }
  }

  /** Whether the query matches document {@code doc}. */
  boolean matches(int doc) throws IOException {
    if (query == null) {
      return false;
    }
    if (weight == null) {
      weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return weight.matches(at, doc - at.docBase) != null;
  }

  /** Document {@code doc}'s stored {@code text} with the matches marked (see {@link #format}). */
  String highlight(int doc, String text, Marks marks, int maxChars) throws IOException {
    return text == null ? null : format(text, spans(doc, text), marks, maxChars);
  }

  /**
   * The text with its matches marked. A text longer than {@code maxChars} is cut to a window around the first
   * match, with "…" where it was cut.
   */
  static String format(String text, List<Span> spans, Marks marks, int maxChars) {
    int from = 0;
    int to = text.length();
    if (text.length() > maxChars) {
      int anchor = spans.isEmpty() ? 0 : spans.get(0).start();
      from = Math.max(0, anchor - maxChars / 4);
      to = Math.min(text.length(), from + maxChars);
      from = Math.max(0, Math.min(from, to - maxChars));
      from = wordStart(text, from);
      to = wordEnd(text, to);
    }
    StringBuilder out = new StringBuilder(to - from + 32);
    if (from > 0) {
      out.append('…');
    }
    int at = from;
    for (Span span : spans) {
      int start = Math.max(span.start(), at);
      int end = Math.min(span.end(), to);
      if (start >= end) {
        continue;
      }
      out.append(marks.text(text.subSequence(at, start)));
      out.append(marks.open()).append(marks.text(text.subSequence(start, end))).append(marks.close());
      at = end;
    }
    out.append(marks.text(text.subSequence(at, to)));
    if (to < text.length()) {
      out.append('…');
    }
    return out.toString();
  }

  private static int wordStart(String text, int i) {
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Overlapping spans, and spans with only white space between them, become one ("thương binh", not two). */
  private static List<Span> merge(List<Span> spans, String text) {
    if (spans.size() < 2) {
      return spans;
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> out = new ArrayList<>();
    Span current = spans.get(0);
    for (Span next : spans.subList(1, spans.size())) {
      if (next.start() <= current.end() || text.substring(current.end(), next.start()).isBlank()) {
        current = new Span(current.start(), Math.max(current.end(), next.end()));
      } else {
        out.add(current);
        current = next;
      }
    }
    out.add(current);
    return out;
  }
}
