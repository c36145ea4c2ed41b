package org.thidua.ingest.search;

/**
 * How highlighted text is marked.
 *
 * @param open put before a match
 * @param close put after a match
 * @param html whether the text is HTML-escaped (then {@code open} and {@code close} are HTML)
 */
public record Marks(String open, String close, boolean html) {
  /** {@code <mark>…</mark>}, text escaped: safe to insert into a page. */
  public static final Marks HTML = new Marks("<mark>", "</mark>", true);

  /** Bold yellow on a terminal. */
  public static final Marks ANSI = new Marks("\u001b[1;33m", "\u001b[0m", false);

  /** Plain text, for output that is not a terminal. */
  public static final Marks PLAIN = new Marks("«", "»", false);

  String text(CharSequence s) {
    return html ? escape(s) : s.toString();
  }

  static String escape(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
