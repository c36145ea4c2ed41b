package org.thidua.ingest.extract.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.DocumentSymbols;
import org.thidua.dictionary.Keys;
import org.thidua.dictionary.PhraseIndex;
import org.thidua.dictionary.PlanTerms;
import org.thidua.dictionary.Provinces;
import org.thidua.dictionary.UnitNames;
import org.thidua.ingest.extract.DocumentLines;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.extract.text.VietnameseDates;
import org.thidua.ingest.plan.Signer;

/**
 * Identity from the header (issuer lines, "Số:", place and date, kind and title), the preamble (who "xây dựng
 * Kế hoạch"), the signature block and "Nơi nhận" — following the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I,
 * and its Party counterpart.
 */
public final class IdentityExtractor {

  private static final int HEADER_WINDOW = 60;
  private static final Pattern NUMBER_LINE = Pattern.compile("(?iU)^\\s*số\\s*[:.]?\\s*(.*/.*)$");
  private static final Pattern PLACEHOLDER = Pattern.compile("^[.…_\\s]+");
  private static final Pattern AROUND_SEPARATORS = Pattern.compile("\\s*([/-])\\s*");
  private static final Pattern PLACE_DATE =
      Pattern.compile("(?U)(\\p{Lu}[\\p{L} .\\-–]{1,40}?)\\s*,\\s*(ngày\\s*[\\d\\s]*tháng.*?năm\\s*\\d{4})");
  private static final Pattern TITLE_YEAR = Pattern.compile("(?iU)năm\\s+((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern ROMAN_HEADING = Pattern.compile("^(?:[IVXLC]+|[A-ZĐ])\\s*[.)]\\s+\\S");
  private static final Pattern RULE = Pattern.compile("^[\\s\\-_=*~—–.·]+$");
  private static final Pattern SIGN_MARK = Pattern.compile("^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\\s*\\.?\\s+\\p{Lu}");
  private static final Pattern PREAMBLE_END = Pattern.compile("[;:,]\\s*$");
  private static final Pattern PARTY_SYMBOL_TYPE = Pattern.compile("^\\d*-(\\p{Lu}[\\p{L}]*)/");
  private static final Pattern STATE_SYMBOL_TYPE = Pattern.compile("/(\\p{Lu}[\\p{L}]*)-");
  private static final Pattern SYMBOL_ISSUER = Pattern.compile("/\\p{Lu}[\\p{L}]*-(\\p{Lu}[\\p{L}&]*)");
  private static final Pattern NUMBERED_LINE = Pattern.compile("^\\d+[.)]");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\S+\\s+");
  private static final Pattern RULE_MARKS = Pattern.compile("[*_─—–=~]{2,}|^[*\\-–—]+$");
  private static final Pattern AROUND_SPACES = Pattern.compile("(?<=\\s)|(?=\\s)");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}&]");
  private static final Pattern ITEM_END = Pattern.compile("[;,.]\\s*$");

  private final Provinces provinces;
  private final DocumentSymbols symbols;
  private final PhraseIndex<UnitNames.Body> units;
  private final List<String> typeWords;
  private final Pattern preambleStart;
  private final Pattern issuerSubject;
  private final Pattern recipientsHeading;
  private final Pattern appendixHeading;
  private final Pattern closingLine;
  private final Pattern locality;
  private final Pattern localityStart;
  private final Pattern motto;
  private final Pattern person;
  private final List<String> issuerVerbs;
  private final java.util.function.UnaryOperator<String> expand;

  public IdentityExtractor(Provinces provinces, DocumentSymbols symbols, UnitNames units, PlanTerms terms,
      java.util.function.UnaryOperator<String> expand) {
    this.expand = expand;
    this.issuerVerbs = terms.get("issuer.verb").stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    // the motto also in its old tone placement ("HOÀ"), hyphens spaced or not
    StringBuilder mottos = new StringBuilder();
    for (String m : terms.longestFirst("header.motto")) {
      mottos.append(mottos.isEmpty() ? "" : "|")
          .append(Pattern.quote(m).replace(" - ", "\\E\\s*[-–]\\s*\\Q").replace(" ", "\\E\\s+\\Q")
              .replace("HÒA", "\\EH(?:ÒA|OÀ)\\Q"));
    }
    this.motto = Pattern.compile("(?iU)" + mottos);
    this.person = Pattern.compile("(?U)^(?:(?:" + terms.pattern("signer.rank") + ")\\s*)?"
        + "(?:\\p{Lu}\\p{Ll}*)(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");
    this.provinces = provinces;
    this.symbols = symbols;
    this.units = units.index();
    this.typeWords = terms.longestFirst("reference.type");
    this.preambleStart = Pattern.compile("(?iU)^(?:" + terms.pattern("preamble.start") + "|Kính gửi)(?![\\p{L}])");
    this.issuerSubject =
        Pattern.compile(
            "(?U)(?:^|[;.:]\\s+)(\\p{Lu}[^;.:]{2,150}?)\\s+(?:" + terms.pattern("issuer.verb")
                + ")\\s+(?:(?i)" + PlanTerms.alternation(List.of("Kế hoạch", "Chương trình", "Phương án", "Đề án")) + ")(?![\\p{L}])");
    this.recipientsHeading = Pattern.compile("(?iU)^(?:" + terms.pattern("section.recipients") + ")\\s*:?");
    this.appendixHeading = Pattern.compile("(?U)^(?:" + PlanTerms.alternation(upper(terms.get("section.appendix"))) + ")(?![\\p{L}])");
    this.localityStart = Pattern.compile("(?iU)^(?:" + terms.pattern("locality.word") + ")\\s+\\S");
    this.locality = Pattern.compile("(?iU)(?<![\\p{L}])(?:" + terms.pattern("locality.word") + ")\\s+$");
    this.closingLine = Pattern.compile("(?iU)(?:" + terms.pattern("section.closing") + ")(?![\\p{L}])");
  }

  private static List<String> upper(List<String> words) {
    return words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
  }

  public Identity extract(DocumentLines doc) {
    List<String> lines = new ArrayList<>(doc.size());
    for (DocumentLines.Line l : doc.lines()) {
      lines.add(l.text());
    }
    int n = lines.size();
    int window = Math.min(n, HEADER_WINDOW);

    // kind of document and title
    int titleLine = -1;
    String type = null;
    String titleRest = null;
    for (int i = 0; i < window && titleLine < 0; i++) {
      String t = lines.get(i);
      for (String w : typeWords) {
        String upper = w.toUpperCase(Locale.ROOT);
        if (t.startsWith(upper) && (t.length() == upper.length() || !Character.isLetter(t.charAt(upper.length())))) {
          titleLine = i;
          type = w;
          titleRest = t.substring(upper.length()).strip();
          break;
        }
      }
    }
    int headerEnd = titleLine >= 0 ? titleLine : Math.min(n, 20);

    // số, ký hiệu
    int numberLine = -1;
    String docNumber = null;
    for (int i = 0; i < headerEnd; i++) {
      Matcher m = NUMBER_LINE.matcher(lines.get(i));
      if (m.find()) {
        numberLine = i;
        docNumber = docNumber(m.group(1));
        break;
      }
    }
    String docType = docTypeOf(docNumber);
    if (docType == null && type != null) {
      docType = type;
    }

    // place and date
    String place = null;
    VietnameseDates.PartialDate date = null;
    for (int i = 0; i < headerEnd && date == null; i++) {
      Matcher m = PLACE_DATE.matcher(lines.get(i));
      if (m.find()) {
        place = m.group(1).strip();
        VietnameseDates.Found f = VietnameseDates.find(m.group(2));
        date = f == null ? null : f.date();
      }
    }

    // title
    StringBuilder title = new StringBuilder(titleRest == null ? "" : titleRest);
    int bodyStart = headerEnd;
    if (titleLine >= 0) {
      int i = titleLine + 1;
      int blanks = 0;
      int taken = 0;
      while (i < n && title.isEmpty() && lines.get(i).isEmpty() && blanks < 2) {
        i++;
        blanks++;
      }
      while (i < n && taken < 4) {
        String t = lines.get(i);
        // a title may begin like a preamble ("Triển khai công tác thi đua …"); a preamble sentence is long or
        // ends in ";" or ":"
        boolean preamble = preambleStart.matcher(t).find()
            && (taken > 0 || t.length() > 160 || PREAMBLE_END.matcher(t).find());
        if (t.isEmpty() || preamble || ROMAN_HEADING.matcher(t).find()) {
          break;
        }
        if (!RULE.matcher(t).matches()) {
          if (!title.isEmpty()) {
            title.append(' ');
          }
          title.append(t);
          taken++;
        }
        i++;
      }
      bodyStart = i;
    }
    String titleText = title.isEmpty() ? null : title.toString();

    int preambleEnd = bodyStart;
    while (preambleEnd < n && !ROMAN_HEADING.matcher(lines.get(preambleEnd)).find()
        && preambleEnd - bodyStart < 15) {
      preambleEnd++;
    }

    // signature block and recipients
    int appendix = n;
    for (int i = bodyStart; i < n; i++) {
      if (appendixHeading.matcher(lines.get(i)).find()) {
        appendix = i;
        break;
      }
    }
    int recipients = -1;
    for (int i = bodyStart; i < appendix; i++) {
      if (recipientsHeading.matcher(lines.get(i)).find()) {
        recipients = i;
        break;
      }
    }
    int closing = recipients >= 0 ? recipients : appendix;
    for (int i = bodyStart; i < closing; i++) {
      String t = lines.get(i);
      if (t.endsWith("./.") || closingLine.matcher(t).lookingAt()) {
        closing = i;
        break;
      }
    }
    // no closing sentence or recipients: the signature is among the last lines
    Signer signer = signer(lines, closing < appendix ? closing : Math.max(bodyStart, appendix - 15), appendix);
    List<String> recipientList = recipients >= 0 ? recipients(lines, recipients, appendix) : List.of();

    // issuer: header lines, else the preamble's subject, else the symbol, else the signing body
    List<String> headerIssuers = headerIssuers(lines, numberLine >= 0 ? numberLine : headerEnd);
    String issuer = null;
    if (!headerIssuers.isEmpty()) {
      issuer = properCase(headerIssuers.getLast());
    }
    if (issuer == null) {
      for (int i = bodyStart; i < preambleEnd && issuer == null; i++) {
        if (!hasIssuerVerb(lines.get(i))) {
          continue;
        }
        Matcher m = issuerSubject.matcher(lines.get(i));
        String found = null;
        while (m.find()) {
          found = m.group(1).strip();
        }
        if (found != null && Text.wordCount(found) <= 15) {
          issuer = found;
        }
      }
    }
    if (issuer == null && docNumber != null) {
      issuer = issuerOfSymbol(docNumber);
    }
    if (issuer == null && signer != null && signer.authority() != null) {
      String a = FIRST_WORD.matcher(signer.authority()).replaceFirst("");
      issuer = properCase(a);
    }

    // province: the place of the date line, else the issuer, the header, the title, the preamble
    String former = null;
    if (place != null) {
      former = provinces.findIn(place, true).map(Provinces.Match::name).orElse(null);
    }
    if (former == null && issuer != null) {
      former = provinces.findIn(issuer, false).map(Provinces.Match::name).orElse(null);
    }
    for (int i = 0; former == null && i < headerIssuers.size(); i++) {
      former = provinces.findIn(headerIssuers.get(i), false).map(Provinces.Match::name).orElse(null);
    }
    if (former == null && titleText != null) {
      former = provinces.findIn(titleText, false).map(Provinces.Match::name).orElse(null);
    }
    for (int i = bodyStart; former == null && i < preambleEnd; i++) {
      former = provinces.findIn(lines.get(i), false).map(Provinces.Match::name).orElse(null);
    }

    Integer year = null;
    if (titleText != null) {
      Matcher m = TITLE_YEAR.matcher(titleText);
      if (m.find()) {
        year = Integer.valueOf(m.group(1));
      }
    }
    if (year == null && date != null) {
      year = date.year();
    }
    LocalDate asOf = date != null ? date.latest() : year != null ? LocalDate.of(year, 1, 1) : null;
    String province = former == null ? null : provinces.nameAsOf(former, asOf);
    String currentProvince = former == null ? null : provinces.currentOf(former);
    if (issuer != null && province != null) {
      issuer = completeLocality(issuer, former, province);
    }

    return new Identity(docNumber, docType, issuer, province, currentProvince, date == null ? null : date.iso(),
        asOf, year, titleText, signer, recipientList, numberLine, bodyStart, preambleEnd, closing);
  }

  private boolean hasIssuerVerb(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String v : issuerVerbs) {
      if (lower.contains(v)) {
        return true;
      }
    }
    return false;
  }

  /** "Số: *102* /KH-UBND" → "102/KH-UBND"; a blank number stays blank: "/KH-SNV". */
  static String docNumber(String rest) {
    String s = PLACEHOLDER.matcher(Text.clean(rest)).replaceFirst("");
    s = AROUND_SEPARATORS.matcher(s).replaceAll("$1");
    int space = s.indexOf(' ');
    return space < 0 ? s : s.substring(0, space);
  }

  private String docTypeOf(String docNumber) {
    if (docNumber == null) {
      return null;
    }
    // "/KH-SNV", "102/KH-UBND" (type after the slash), "15-NQ/TU" (Party: type between dash and slash)
    Matcher party = PARTY_SYMBOL_TYPE.matcher(docNumber);
    if (party.find()) {
      return symbols.partyTypeName(party.group(1)).orElse(null);
    }
    Matcher state = STATE_SYMBOL_TYPE.matcher(docNumber);
    if (state.find()) {
      return symbols.typeName(state.group(1)).orElse(null);
    }
    return null;
  }

  private String issuerOfSymbol(String docNumber) {
    Matcher m = SYMBOL_ISSUER.matcher(docNumber);
    if (m.find()) {
      return symbols.issuerName(m.group(1)).orElse(null);
    }
    return null;
  }

  /** Issuing-body lines above "Số:", without the national motto, rules and the place-date line. */
  private List<String> headerIssuers(List<String> lines, int end) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      String t = Text.clean(motto.matcher(lines.get(i)).replaceAll(" "));
      Matcher pd = PLACE_DATE.matcher(t);
      if (pd.find()) {
        t = Text.clean(t.substring(0, pd.start()));
      }
      t = Text.clean(RULE_MARKS.matcher(t).replaceAll(" "));
      if (t.isEmpty() || RULE.matcher(t).matches() || !Text.isUpperCase(t)) {
        continue;
      }
      // a name broken over two lines: "ỦY BAN NHÂN DÂN" / "TỈNH HÀ GIANG", "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"
      if (!out.isEmpty() && (t.startsWith("VÀ ") || t.startsWith("- ") || out.getLast().endsWith("-")
          || out.getLast().endsWith(" VÀ") || localityStart.matcher(t).find())) {
        out.set(out.size() - 1, out.getLast() + " " + t);
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * An upper-case name in ordinary case: known bodies and provinces in their official form, codes kept in
   * capitals, other words in lower case ("SỞ NỘI VỤ" → "Sở Nội vụ", "UBND TỈNH LÀO CAI" → "Ủy ban nhân dân
   * tỉnh Lào Cai").
   */
  String properCase(String text) {
    String t = Text.clean(text);
    if (!Text.isUpperCase(t)) {
      return t;
    }
    record Span(int start, int end, String replacement) {}
    List<Span> spans = new ArrayList<>();
    for (var h : units.findAll(t)) {
      spans.add(new Span(h.start(), h.end(), h.value().canonical()));
    }
    int from = 0;
    while (from < t.length()) {
      var p = provinces.findIn(t.substring(from), true);
      if (p.isEmpty()) {
        break;
      }
      int s = from + p.get().start();
      int e = from + p.get().end();
      String name = p.get().name();
      // the matched words may include the prefix ("TỈNH LÀO CAI"): only the name's own words are replaced
      int nameStart = Math.max(s, e - name.length());
      spans.add(new Span(nameStart, e, name));
      from = e;
    }
    spans.sort(Comparator.comparingInt(Span::start));
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Span sp : spans) {
      if (sp.start() < at) {
        continue;
      }
      if (spans.stream().anyMatch(o -> o != sp && o.start() < sp.start() && sp.end() <= o.end())) {
        continue;
      }
      sb.append(lowerWords(t.substring(at, sp.start())));
      sb.append(sp.replacement());
      at = sp.end();
    }
    sb.append(lowerWords(t.substring(at)));
    return Text.capitalize(Text.clean(sb.toString()));
  }

  /** Lower case, but codes stay in capitals and a place name after "huyện", "xã", … is capitalised. */
  private String lowerWords(String s) {
    // (abbreviations the dictionary knows stay in capitals: "BCH", "LĐLĐ")
    StringBuilder sb = new StringBuilder();
    boolean place = false;
    for (String w : AROUND_SPACES.split(s)) {
      if (w.isBlank()) {
        sb.append(w);
        continue;
      }
      String core = NOT_LETTER.matcher(w).replaceAll("");
      boolean code = !core.isEmpty() && (symbols.issuerName(core).isPresent() || symbols.isTypeCode(core)
          || core.length() >= 2 && !Keys.fold(expand.apply(core)).equals(Keys.fold(core)));
      String lower = w.toLowerCase(Locale.ROOT);
      if (!place && locality.matcher(sb).find()) {
        place = true;
      }
      sb.append(code ? w : place ? Text.capitalize(lower) : lower);
    }
    return sb.toString();
  }

  /** "UBND tỉnh" (a bare locality word at the end) → "UBND tỉnh Điện Biên". */
  private String completeLocality(String issuer, String former, String province) {
    String k = Keys.fold(issuer);
    String type = provinces.former(former).map(Provinces.Former::type).orElse("tỉnh");
    if (k.endsWith(" " + Keys.fold(type)) && provinces.findIn(issuer, true).isEmpty()) {
      return issuer + " " + province;
    }
    return issuer;
  }

  /**
   * The signature block: the last personal name in the region with capitals above it — the signing mark lines
   * ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN") and, closest to the name, the signer's position.
   */
  private Signer signer(List<String> lines, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!person.matcher(lines.get(i)).matches()) {
        continue;
      }
      List<String> above = new ArrayList<>();
      for (int k = i - 1; k >= from && k >= i - 8; k--) {
        String t = lines.get(k);
        if (t.isEmpty()) {
          continue;
        }
        if (!isSignatureLine(t)) {
          break;
        }
        above.addFirst(t);
      }
      if (above.isEmpty()) {
        continue;
      }
      List<String> authority = new ArrayList<>();
      String role = null;
      for (String t : above) {
        if (SIGN_MARK.matcher(t).find()) {
          authority.add(t);
        } else {
          role = t;
        }
      }
      return new Signer(lines.get(i), role, authority.isEmpty() ? null : String.join(", ", authority));
    }
    // no name printed: the marks and position alone
    List<String> authority = new ArrayList<>();
    String role = null;
    for (int i = from; i < to; i++) {
      String t = lines.get(i);
      if (t.isEmpty() || !isSignatureLine(t)) {
        continue;
      }
      if (SIGN_MARK.matcher(t).find()) {
        authority.add(t);
      } else if (!authority.isEmpty() && role == null) {
        role = t;
      }
    }
    return authority.isEmpty() ? null : new Signer(null, role, String.join(", ", authority));
  }

  /** A line of a signature block: short, in capitals, not a numbered heading, a list item or a label. */
  private static boolean isSignatureLine(String t) {
    return Text.isUpperCase(t) && Text.wordCount(t) <= 8 && !t.contains(":") && !Text.hasBullet(t)
        && !ROMAN_HEADING.matcher(t).find() && !NUMBERED_LINE.matcher(t).find();
  }

  private List<String> recipients(List<String> lines, int heading, int to) {
    List<String> items = new ArrayList<>();
    String first = recipientsHeading.matcher(lines.get(heading)).replaceFirst("").strip();
    if (!first.isEmpty()) {
      items.add(first);
    }
    for (int i = heading + 1; i < to; i++) {
      String t = lines.get(i);
      if (t.isEmpty()) {
        continue;
      }
      if (Text.hasBullet(t)) {
        items.add(Text.stripBullet(t));
        continue;
      }
      if (Text.isUpperCase(t) || SIGN_MARK.matcher(t).find() || person.matcher(t).matches() || items.isEmpty()
          || items.getLast().endsWith(".")) {
        break;
      }
      items.set(items.size() - 1, items.getLast() + " " + t);
    }
    List<String> out = new ArrayList<>(items.size());
    for (String item : items) {
      String s = Text.clean(ITEM_END.matcher(item).replaceFirst(""));
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
