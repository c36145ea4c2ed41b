package org.thidua.ingest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.thidua.schema.SchemaAnalyzers;
import org.thidua.schema.TextVariant;

/**
 * Marks what a query matched in a text. The text is analysed again, in every variant, into a one-document
 * {@link MemoryIndex} with offsets, and the query's {@link Matches} give the character spans, so highlighting agrees
 * with matching (phrases, folded diacritics, expanded abbreviations) and the main index needs no offsets. Costs one
 * analysis per shown hit, never per matching document.
 */
final class Highlighter {
  private final SchemaAnalyzers analyzers;

  Highlighter(SchemaAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  /** A span of matched characters. */
  record Span(int start, int end) {}

  /** Spans of {@code text} that {@code query} matches when the text is indexed as {@code base}, merged, in order. */
  List<Span> spans(Query query, String base, String text) {
    if (query == null || text == null || text.isEmpty()) {
      return List.of();
    }
    MemoryIndex memory = new MemoryIndex(true, false);
    for (TextVariant variant : TextVariant.values()) {
      memory.addField(variant.of(base), text, analyzers.index(variant));
    }
    IndexSearcher searcher = memory.createSearcher();
    List<Span> spans = new ArrayList<>();
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      Matches matches = weight.matches(searcher.getIndexReader().leaves().get(0), 0);
      if (matches == null) {
        return List.of();
      }
      for (String field : matches) {
        MatchesIterator it = matches.getMatches(field);
        while (it != null && it.next()) {
          if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
            spans.add(new Span(it.startOffset(), Math.min(it.endOffset(), text.length())));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return merge(spans, text);
  }

  /**
   * The text with its matches marked. A text longer than {@code maxChars} is cut to a window around the first
   * match, with "…" where it was cut.
   */
  String highlight(Query query, String base, String text, Marks marks, int maxChars) {
    if (text == null) {
      return null;
    }
    return format(text, spans(query, base, text), marks, maxChars);
  }

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
