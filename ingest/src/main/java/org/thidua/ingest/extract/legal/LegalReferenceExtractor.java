package org.thidua.ingest.extract.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.DocumentSymbols;
import org.thidua.dictionary.Keys;
import org.thidua.dictionary.LegalRegistry;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.extract.text.VietnameseDates;
import org.thidua.ingest.plan.LegalReference;

/**
 * Legal references: every document a plan cites, once per plan.
 *
 * <p>A citation is a document symbol ("Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ"), a short form
 * known to the registry ("NĐ 91/2017"), or a law by its name ("Luật Thi đua, Khen thưởng ngày 26/11/2003").
 * Symbols are put in canonical form ({@link DocumentSymbol}) so that variants meet. A law named without a year
 * is the version in force when the citing text speaks: the date of the document whose description names it
 * ("Nghị định … ngày 31/7/2017 … của Luật Thi đua, khen thưởng"), else the plan's date. Status and replacement
 * come from the {@link LegalRegistry}; a document it does not know is "unknown".
 */
public final class LegalReferenceExtractor {

  /** One citation found in a line. */
  public record Mention(int line, int start, int end, String id) {}

  /** The references of a plan, and where each citation was found. */
  public record Result(List<LegalReference> references, List<Mention> mentions) {}

  private static final String CODE = "\\p{Lu}[\\p{L}&]*\\d*";
  private static final String CODES = CODE + "(?:\\s?-\\s?" + CODE + ")*";
  private static final String NUMBER = "(?<![\\p{L}\\d/.-])(\\d{1,5})";
  private static final Pattern NORMATIVE =
      Pattern.compile("(?U)" + NUMBER + "\\s?/\\s?((?:19|20)\\d\\d)\\s?/\\s?(" + CODES + ")");
  private static final Pattern PARTY =
      Pattern.compile("(?U)" + NUMBER + "\\s?-\\s?(" + CODE + ")\\s?[/-]\\s?(" + CODES + ")");
  private static final Pattern PLAIN =
      Pattern.compile("(?U)" + NUMBER + "\\s?/\\s?(" + CODE + "(?:\\s?-\\s?" + CODE + ")+)");
  private static final Pattern SHORT =
      Pattern.compile("(?U)(?<![\\p{L}])(\\p{Lu}{1,3}Đ?)\\s+(?:số\\s+)?(\\d{1,5})\\s?/\\s?((?:19|20)\\d\\d)(?![\\d/])");
  private static final Pattern[] SYMBOL_PATTERNS = {NORMATIVE, PARTY, PLAIN};
  private static final Pattern SO = Pattern.compile("(?iU)\\s*số\\s*:?\\s*$");
  private static final Pattern LAW =
      Pattern.compile("(?U)(?<![\\p{L}])(Bộ luật|Luật)\\s+(?!số\\s)(?=\\p{Lu}|sửa đổi)");
  private static final Pattern LAW_NAME_END =
      Pattern.compile(
          "(?U)\\s+(?:ngày|năm|số)\\s*:?\\s*\\d|\\s+(?:19|20)\\d\\d(?!\\d)|\\s+(?:và|hoặc)\\s|\\s*[;:.()“”\"]"
              + "|\\s*,\\s*(?=các\\s|những\\s|(?:Nghị|Thông|Chỉ|Quyết|Kế|Luật|Bộ|Văn|văn|Hiến|Pháp|Điều)\\s)"
              + "|\\s+(?:các văn bản|văn bản|hướng dẫn|quy định|ban hành|về|được|đã|thì|để|nhằm|trong|theo|đến|của các)\\s");
  private static final Pattern LAW_TAIL =
      Pattern.compile("(?iU)^\\s*(?:năm\\s*((?:19|20)\\d\\d)|((?:19|20)\\d\\d)(?!\\d))");
  private static final Pattern ISSUER_LEAD = Pattern.compile("(?iU)^\\s*,?\\s*(?:của|do)\\s+");
  private static final Pattern ISSUER_END =
      Pattern.compile(
          "(?U)\\s+(?:về|quy định|hướng dẫn|ban hành|triển khai|sửa đổi|bãi bỏ|thực hiện|phê duyệt|V/v|tại|để"
              + "|nhằm|theo|đã|được|trong|với|phát động|tiếp tục|đẩy mạnh|tăng cường|việc|kèm theo|thay thế)(?![\\p{L}])"
              // "và" ends the issuer before another citation, not inside a name ("Bộ Giáo dục và Đào tạo")
              + "|\\s+và\\s+(?=\\p{Ll}|(?:Luật|Nghị|Thông|Chỉ|Quyết|Kế|Kết|Hướng|Công văn|Chương)(?![\\p{L}]))"
              + "|\\s*[;,.:()“\"”]|\\s+-\\s");
  private static final Pattern NUMBER_TAIL = Pattern.compile("(?iU)^\\s*số\\s*:?\\s*\\d");
  private static final Pattern AFTER_NUMBER = Pattern.compile("[/-].*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_SPACE = Pattern.compile("\\S+");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  // how far before a symbol its type word is looked for, and after it its date and issuer: keeps each look
  // local, so a line with many citations is read in linear time
  private static final int BEFORE = 48;
  private static final int AFTER = 240;
  private static final Pattern JOINER = Pattern.compile("(?iU)^\\s*(?:,|và|;)?\\s*(?:,|và)?\\s*$");

  private final LegalRegistry registry;
  private final DocumentSymbols symbols;
  private final Pattern typeWord;
  private final List<String> knownIssuers = new ArrayList<>();

  public LegalReferenceExtractor(LegalRegistry registry, DocumentSymbols symbols, PlanTerms terms) {
    this.registry = registry;
    this.symbols = symbols;
    StringBuilder alt = new StringBuilder();
    for (String t : terms.longestFirst("reference.type")) {
      if (!alt.isEmpty()) {
        alt.append('|');
      }
      alt.append(Pattern.quote(t).replace(" ", "\\E\\s+\\Q"));
    }
    // the type word written just before the symbol: "Kế hoạch số", "Nghị định"
    this.typeWord = Pattern.compile("(?iU)(?<![\\p{L}])(" + alt + ")\\s*$");
    Set<String> seen = new HashSet<>();
    for (LegalRegistry.Entry e : registry.entries()) {
      if (e.issuer() != null && seen.add(Keys.fold(e.issuer()))) {
        knownIssuers.add(e.issuer());
      }
    }
    knownIssuers.sort(Comparator.comparingInt(String::length).reversed());
  }

  /** A citation before merging: what one mention says. */
  private static final class Cite {
    int line;
    int start;
    int end;
    String id;
    String type;
    String number;
    Integer year;
    VietnameseDates.PartialDate date;
    String issuer;
    boolean explicitIssuer;
    String asWritten;
    LegalRegistry.Entry entry;
    boolean law;
  }

  /**
   * Finds the references in the plan's body lines.
   *
   * @param lines the lines that may cite documents (the header with the plan's own number excluded)
   * @param planDate the plan's date (for laws cited without a year), or null
   * @param ownId the plan's own canonical symbol, never a reference of itself, or null
   */
  public Result extract(List<String> lines, LocalDate planDate, String ownId) {
    List<Cite> cites = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      List<Cite> inLine = new ArrayList<>();
      boolean[] taken = new boolean[line.length() + 1];
      symbolCites(line, i, inLine, taken);
      inLine.sort(Comparator.comparingInt(c -> c.start));
      lawCites(line, i, inLine, taken, planDate);
      inLine.sort(Comparator.comparingInt(c -> c.start));
      shareIssuers(line, inLine);
      cites.addAll(inLine);
    }
    Map<String, LegalReference> refs = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (Cite c : cites) {
      if (c.id.equals(ownId)) {
        continue;
      }
      mentions.add(new Mention(c.line, c.start, c.end, c.id));
      LegalReference r = toReference(c);
      refs.merge(c.id, r, LegalReferenceExtractor::merge);
    }
    return new Result(List.copyOf(refs.values()), List.copyOf(mentions));
  }

  /**
   * The document symbols in a short text typed by a person (a search query), canonical, in order: the same
   * recognition as in a plan's body, with the codes of a token holding a number upper-cased first, since people
   * type "91/2017/nđ-cp". Laws cited by name are left out: their words are ordinary search words.
   */
  public List<Mention> symbols(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String line = upperCaseSymbolTokens(text);
    List<Cite> found = new ArrayList<>();
    symbolCites(line, 0, found, new boolean[line.length() + 1]);
    found.sort(Comparator.comparingInt(c -> c.start));
    List<Mention> out = new ArrayList<>(found.size());
    for (Cite c : found) {
      out.add(new Mention(0, c.start, c.end, c.id));
    }
    return List.copyOf(out);
  }

  /** Upper-cases each whitespace-separated token that holds a digit, keeping every offset in place. */
  private static String upperCaseSymbolTokens(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher m = NON_SPACE.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      String token = m.group();
      String upper = token.toUpperCase(Locale.ROOT);
      out.append(DIGIT.matcher(token).find() && upper.length() == token.length() ? upper : token);
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  // ---- symbols ----------------------------------------------------------------------------------------

  /** Symbols in a line; marks the characters they take in {@code taken}. */
  private void symbolCites(String line, int index, List<Cite> out, boolean[] taken) {
    boolean slash = line.indexOf('/') >= 0;
    if (!slash && line.indexOf('-') < 0) {
      return;
    }
    for (Pattern p : slash ? SYMBOL_PATTERNS : new Pattern[] {PARTY}) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        if (taken[m.start()] || taken[m.end() - 1]) {
          continue;
        }
        DocumentSymbol s =
            p == NORMATIVE
                ? DocumentSymbol.normative(m.group(1), m.group(2), m.group(3), symbols)
                : p == PARTY
                    ? DocumentSymbol.partyStyle(m.group(1), m.group(2), m.group(3))
                    : DocumentSymbol.plain(m.group(1), m.group(2), symbols);
        if (p == PARTY && !symbols.isTypeCode(s.typeCode())) {
          continue;
        }
        if (p == PLAIN && s.typeCode() == null && !symbols.issuerName(s.issuerCode()).isPresent()) {
          continue;
        }
        for (int k = m.start(); k < m.end(); k++) {
          taken[k] = true;
        }
        Cite c = cite(line, index, m.start(), m.end(), s);
        mark(taken, c.start, c.end);
        out.add(c);
      }
    }
    Matcher m = SHORT.matcher(line);
    while (m.find()) {
      if (taken[m.start()]) {
        continue;
      }
      var found = registry.byNumberYearType(m.group(2), Integer.parseInt(m.group(3)), m.group(1));
      if (found.size() == 1) {
        LegalRegistry.Entry e = found.getFirst();
        Cite c = new Cite();
        c.line = index;
        c.start = m.start();
        c.end = m.end();
        c.id = e.id();
        c.entry = e;
        c.type = e.type();
        c.number = AFTER_NUMBER.matcher(e.id()).replaceFirst("");
        c.year = e.year();
        c.asWritten = m.group();
        afterSymbol(line, c);
        mark(taken, c.start, c.end);
        out.add(c);
      }
    }
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int k = Math.max(0, start); k < end && k < taken.length; k++) {
      taken[k] = true;
    }
  }

  private Cite cite(String line, int index, int start, int end, DocumentSymbol s) {
    Cite c = new Cite();
    c.line = index;
    c.id = s.id();
    c.number = s.number();
    c.year = s.year();
    // the type word and "số" written before the symbol
    int from = Math.max(0, start - BEFORE);
    String before = line.substring(from, start);
    Matcher so = SO.matcher(before);
    boolean hasSo = so.find();
    int typeEnd = hasSo ? so.start() : before.length();
    Matcher tw = typeWord.matcher(before.substring(0, typeEnd));
    if (tw.find()) {
      c.type = Text.capitalize(SPACES.matcher(tw.group(1)).replaceAll(" ").toLowerCase(Locale.ROOT));
      c.start = from + tw.start();
    } else if (hasSo) {
      c.start = from + before.length() - before.substring(so.start()).stripLeading().length();
    } else {
      c.start = start;
    }
    c.end = end;
    String symbolType = s.typeName(symbols);
    if (c.type == null || c.type.equals("Văn bản")) {
      c.type = symbolType;
    }
    c.entry = registry.byId(s.id()).orElse(null);
    if (s.issuerCode() != null) {
      c.issuer = symbols.issuerName(s.issuerCode()).orElse(null);
    }
    afterSymbol(line, c);
    if (c.entry != null && c.date != null && c.entry.signed() != null
        && c.date.year() != c.entry.signed().getYear() && s.year() == null) {
      // same symbol, another year: a different document (numbers restart each year or term)
      c.entry = null;
    }
    return c;
  }

  /** The date and issuer written after a symbol: "… ngày 31/7/2017 của Chính phủ …". */
  private void afterSymbol(String line, Cite c) {
    VietnameseDates.Found d = VietnameseDates.at(line, c.end);
    if (d != null) {
      c.date = d.date();
      c.end = d.end();
    }
    c.asWritten = Text.clean(line.substring(c.start, c.end));
    String issuer = issuerAfter(line, c.end);
    if (issuer != null) {
      c.issuer = issuer;
      c.explicitIssuer = true;
    }
  }

  private static String window(String line, int from) {
    return line.substring(from, Math.min(line.length(), from + AFTER));
  }

  private String issuerAfter(String line, int from) {
    String rest = window(line, from);
    Matcher lead = ISSUER_LEAD.matcher(rest);
    if (lead.find()) {
      String tail = rest.substring(lead.end());
      Matcher end = ISSUER_END.matcher(tail);
      String issuer = Text.clean(end.find() ? tail.substring(0, end.start()) : tail);
      if (!issuer.isEmpty() && Text.wordCount(issuer) <= 12 && Character.isUpperCase(issuer.charAt(0))) {
        return issuer;
      }
      return null;
    }
    // an issuer written without "của": only a body the registry knows ("… ngày 16/7/2021 Thủ tướng Chính phủ")
    String head = Keys.fold(rest);
    for (String known : knownIssuers) {
      String k = Keys.fold(known);
      if (head.startsWith(k + " ") || head.equals(k)) {
        return known;
      }
    }
    return null;
  }

  /** "Quyết định A và Quyết định B của X": A was issued by X as well (same kind, not a registry document). */
  private static void shareIssuers(String line, List<Cite> cites) {
    for (int i = cites.size() - 2; i >= 0; i--) {
      Cite a = cites.get(i);
      Cite b = cites.get(i + 1);
      if (!a.explicitIssuer && b.explicitIssuer && !a.law && a.entry == null && a.type != null
          && a.type.equals(b.type) && a.end <= b.start
          && JOINER.matcher(line.substring(a.end, b.start)).matches()) {
        a.issuer = b.issuer;
        a.explicitIssuer = true;
      }
    }
  }

  // ---- laws by name -----------------------------------------------------------------------------------

  /** Laws by name; {@code out} holds the line's symbol citations sorted by position (not overlapped). */
  private void lawCites(String line, int index, List<Cite> out, boolean[] taken, LocalDate planDate) {
    int symbols = out.size();
    if (line.indexOf("uật") < 0) {
      return;
    }
    Matcher m = LAW.matcher(line);
    int from = 0;
    while (m.find(from)) {
      int nameStart = m.end();
      Matcher end = LAW_NAME_END.matcher(line).region(nameStart, Math.min(line.length(), nameStart + AFTER));
      int nameEnd = end.find() ? end.start() : Math.min(line.length(), nameStart + AFTER);
      from = Math.max(nameEnd, nameStart + 1);
      if (anyTaken(taken, m.start(), nameEnd)) {
        continue;
      }
      String name = Text.clean(line.substring(nameStart, nameEnd));
      if (name.isEmpty() || Text.wordCount(name) > 15) {
        continue;
      }
      String written = m.group(1) + " " + name;
      Cite c = new Cite();
      c.line = index;
      c.start = m.start();
      c.end = nameEnd;
      c.law = true;
      VietnameseDates.Found d = VietnameseDates.at(line, nameEnd);
      Integer year = null;
      if (d != null) {
        c.date = d.date();
        year = d.date().year();
        c.end = d.end();
      } else {
        Matcher tail = LAW_TAIL.matcher(window(line, nameEnd));
        if (tail.find()) {
          year = Integer.valueOf(tail.group(1) != null ? tail.group(1) : tail.group(2));
          c.end = nameEnd + tail.end();
        } else if (NUMBER_TAIL.matcher(window(line, nameEnd)).find()) {
          // "Luật … số 15/2003/QH11": the symbol is the citation
          continue;
        }
      }
      LocalDate asOf = year != null ? null : contextDate(line, m.start(), out.subList(0, symbols), planDate);
      LegalRegistry.Entry e = registry.lawByName(written, year, asOf).orElse(null);
      c.asWritten = Text.clean(line.substring(c.start, c.end));
      c.type = e != null ? e.type() : m.group(1);
      if (e != null) {
        c.entry = e;
        c.id = e.id();
        c.number = AFTER_NUMBER.matcher(e.id()).replaceFirst("");
        c.year = e.year();
      } else {
        if (!Character.isUpperCase(name.charAt(0)) || Text.wordCount(name) > 10) {
          continue;
        }
        c.id = written;
        c.year = year;
      }
      c.issuer = e != null ? e.issuer() : null;
      out.add(c);
    }
  }

  private static boolean anyTaken(boolean[] taken, int start, int end) {
    for (int k = start; k < end && k < taken.length; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date a law named without a year is read at: the date of the last dated citation before it in the
   * same clause (the law is part of that document's description), else the plan's date.
   */
  private static LocalDate contextDate(String line, int at, List<Cite> sorted, LocalDate planDate) {
    int clauseStart = line.lastIndexOf(';', at) + 1;
    // the last citation that ends before the law's name, then back through the clause to one with a date
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo - 1; k >= 0; k--) {
      Cite c = sorted.get(k);
      if (c.start < clauseStart) {
        break;
      }
      if (c.end > at) {
        continue;
      }
      LocalDate d = c.date != null ? c.date.latest() : c.entry != null ? c.entry.signed() : null;
      if (d != null) {
        return d;
      }
    }
    return planDate;
  }

  // ---- merge ------------------------------------------------------------------------------------------

  private static LegalReference toReference(Cite c) {
    LegalRegistry.Entry e = c.entry;
    String date = c.date != null ? c.date.iso() : e != null && e.signed() != null ? e.signed().toString() : null;
    Integer year = c.year != null ? c.year : c.date != null ? Integer.valueOf(c.date.year()) : e != null ? e.year() : null;
    String type = e != null ? e.type() : c.type;
    String issuer = c.explicitIssuer ? c.issuer : e != null && e.issuer() != null ? e.issuer() : c.issuer;
    String status = e != null && e.status() != null ? e.status() : "unknown";
    String replacedBy = e != null && !e.replacedBy().isEmpty() ? e.replacedBy().getFirst() : null;
    return new LegalReference(c.id, type, c.number, year, date, issuer, c.asWritten, status, replacedBy);
  }

  /** Later mentions fill what the first one left out. */
  private static LegalReference merge(LegalReference a, LegalReference b) {
    return new LegalReference(
        a.id(),
        a.type() != null ? a.type() : b.type(),
        a.number() != null ? a.number() : b.number(),
        a.year() != null ? a.year() : b.year(),
        a.date() != null && (a.date().length() >= 10 || b.date() == null) ? a.date() : b.date(),
        a.issuer() != null ? a.issuer() : b.issuer(),
        a.asWritten(),
        a.status(),
        a.replacedBy());
  }
}
