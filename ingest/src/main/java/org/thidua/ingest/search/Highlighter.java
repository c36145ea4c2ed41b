package org.thidua.ingest.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Marks what a query matched in a hit's stored text. The folded variant of every text is indexed with offsets, so
 * the query's {@link Matches} on the hit document give the character spans directly: highlighting agrees with
 * matching (phrases, folded diacritics, expanded abbreviations) and costs no analysis.
 */
final class Highlighter {
  private final IndexSearcher searcher;
  private final Weight weight; // null: nothing to mark

  /** @param query what to mark; null marks nothing */
  Highlighter(IndexSearcher searcher, Query query) throws IOException {
    this.searcher = searcher;
    this.weight =
        query == null ? null : searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** A span of matched characters. */
  record Span(int start, int end) {}

  /** Spans of document {@code doc}'s stored {@code text} that the query matches, merged, in order. */
  List<Span> spans(int doc, String text) throws IOException {
    Matches matches = text == null || text.isEmpty() ? null : matchesOf(doc);
    if (matches == null) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    for (String field : matches) {
      MatchesIterator it = matches.getMatches(field);
      while (it != null && it.next()) {
        // fields indexed without offsets (the exact variants) answer -1: the folded variant has them all
        if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
          spans.add(new Span(it.startOffset(), Math.min(it.endOffset(), text.length())));
        }
      }
    }
    return merge(spans, text);
  }

  /** Whether the query matches document {@code doc}. */
  boolean matches(int doc) throws IOException {
    return matchesOf(doc) != null;
  }

  private Matches matchesOf(int doc) throws IOException {
    if (weight == null) {
      return null;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return weight.matches(leaf, doc - leaf.docBase);
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
