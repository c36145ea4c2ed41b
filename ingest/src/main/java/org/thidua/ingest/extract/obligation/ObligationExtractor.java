package org.thidua.ingest.extract.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.extract.DocumentLines;
import org.thidua.ingest.extract.text.Deadlines;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.extract.unit.UnitCanonicalizer;
import org.thidua.ingest.plan.Obligation;
import org.thidua.ingest.plan.ResponsibleUnit;

/**
 * Obligations from the "Tổ chức thực hiện" part. That part assigns work in two ways, often mixed:
 *
 * <ul>
 *   <li>a numbered item that names a unit, with the unit's duties below it as bullets or paragraphs ("2. Văn
 *       phòng Sở" / "- Tổng hợp, theo dõi …");
 *   <li>a numbered item that is a sentence: "Giao Sở Nội vụ (Ban TĐKT) theo dõi, đôn đốc …", "Các sở, ban,
 *       ngành … chủ động xây dựng …" — the unit is what comes before the first verb (dictionary
 *       {@code obligation.verb}), after a lead-in such as "Giao", "Yêu cầu", "Đề nghị".
 * </ul>
 *
 * Paragraphs that follow a numbered item belong to its unit. Each obligation carries its deadline when one is
 * stated ("gửi về Sở Nội vụ trước ngày 10/02/2018" → 2018-02-10). The part ends at the closing sentence
 * ("Trên đây là …"), at "./.", at "Nơi nhận" or at the next section heading.
 */
public final class ObligationExtractor {

  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)]\\s*(\\S.*)$");
  private static final Pattern ROMAN_HEADING = Pattern.compile("^(?:[IVXLC]+|[A-ZĐ])\\s*[.)]\\s+\\S");
  private static final Pattern LABELLED = Pattern.compile("^([^:]{3,100}):\\s+(\\S.*)$");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final Pattern END_MARK = Pattern.compile("\\s*\\./\\.\\s*$");
  private static final Pattern DETERMINER = Pattern.compile("(?iU)(?:các|những|mọi|toàn thể|của)\\s*$");

  private final UnitCanonicalizer units;
  private final Deadlines deadlines;
  private final Pattern heading;
  private final Pattern leadIn;
  private final Pattern verb;
  private final Pattern closing;
  private final Pattern recipients;

  public ObligationExtractor(PlanTerms terms, UnitCanonicalizer units, Deadlines deadlines) {
    this.units = units;
    this.deadlines = deadlines;
    this.heading = Pattern.compile("(?iU)^(?:[IVXLC]+|\\d+|[A-ZĐ])?\\s*[.)]?\\s*(?:" + terms.pattern("section.implementation") + ")\\s*:?$");
    this.leadIn = Pattern.compile("(?iU)^(?:" + terms.pattern("obligation.lead-in") + ")(?:\\s+cho)?\\s+");
    // verbs are written in lower case inside a sentence; names of bodies are capitalised ("Ban Tổ chức")
    this.verb = Pattern.compile("(?U)(?<![\\p{L}])(?:" + terms.pattern("obligation.verb") + ")(?![\\p{L}])");
    this.closing = Pattern.compile("(?iU)^(?:" + terms.pattern("section.closing") + ")(?![\\p{L}])");
    this.recipients = Pattern.compile("(?iU)^(?:" + terms.pattern("section.recipients") + ")");
  }

  public List<Obligation> extract(DocumentLines doc, int from, int to) {
    List<Obligation> out = new ArrayList<>();
    int start = -1;
    for (int i = from; i < to; i++) {
      DocumentLines.Line l = doc.get(i);
      if (!l.inTable() && heading.matcher(l.text()).find() && Text.wordCount(l.text()) <= 7) {
        start = i + 1;
      }
    }
    if (start < 0) {
      return out;
    }
    ResponsibleUnit current = null;
    for (int i = start; i < to; i++) {
      DocumentLines.Line l = doc.get(i);
      String t = l.text();
      if (t.isEmpty() || l.inTable() && isSignatureCell(t)) {
        continue;
      }
      if (ROMAN_HEADING.matcher(t).find() || closing.matcher(t).find() || recipients.matcher(t).find()) {
        break;
      }
      boolean last = t.endsWith("./.");
      String body = Text.clean(END_MARK.matcher(t).replaceFirst(""));
      Matcher numbered = NUMBERED.matcher(body);
      if (numbered.matches()) {
        String item = numbered.group(2);
        String withoutLead = leadIn.matcher(item).replaceFirst("");
        if (isUnitHeading(withoutLead) || item.endsWith(":") && leadIn.matcher(item).find()) {
          current = units.unit(Text.stripTrailingPunctuation(withoutLead));
        } else {
          ResponsibleUnit subject = subject(item);
          if (subject != null) {
            current = subject;
          }
          add(out, current, item);
        }
      } else if (Text.hasBullet(body)) {
        String item = Text.stripBullet(body);
        Matcher labelled = LABELLED.matcher(item);
        if (labelled.matches() && !verb.matcher(labelled.group(1)).find() && Text.wordCount(labelled.group(1)) <= 12) {
          add(out, units.unit(labelled.group(1)), labelled.group(2));
        } else {
          add(out, current, item);
        }
      } else if (current != null && !leadIn.matcher(body).find()) {
        add(out, current, body);
      } else {
        // a closing request ("Yêu cầu toàn thể cán bộ … tích cực …") names its own unit
        ResponsibleUnit subject = subject(body);
        add(out, subject != null ? subject : current, body);
      }
      if (last) {
        break;
      }
    }
    return out;
  }

  private static boolean isSignatureCell(String t) {
    return Text.isUpperCase(t);
  }

  private void add(List<Obligation> out, ResponsibleUnit unit, String text) {
    String t = Text.clean(text);
    if (t.isEmpty()) {
      return;
    }
    out.add(new Obligation(unit, t, deadlines.find(t)));
  }

  /** A numbered line that only names a unit: short, no verb outside parentheses, no full stop. */
  private boolean isUnitHeading(String item) {
    String t = Text.stripTrailingPunctuation(item);
    if (t.isEmpty() || item.strip().endsWith(".") || Text.wordCount(t) > 20) {
      return false;
    }
    String outside = PARENTHESES.matcher(t).replaceAll(" ");
    return !hasVerb(outside);
  }

  private boolean hasVerb(String s) {
    Matcher m = verb.matcher(s);
    while (m.find()) {
      if (!DETERMINER.matcher(s.substring(0, m.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /** The unit a sentence assigns work to: after a lead-in, up to the first verb. */
  private ResponsibleUnit subject(String sentence) {
    String s = leadIn.matcher(sentence).replaceFirst("");
    Matcher m = verb.matcher(s);
    while (m.find()) {
      if (m.start() == 0) {
        return null;
      }
      String before = s.substring(0, m.start());
      if (DETERMINER.matcher(before).find() || depth(before) > 0) {
        continue;
      }
      String unit = Text.stripTrailingPunctuation(before.strip());
      if (unit.isEmpty() || Text.wordCount(unit) > 30 || !Character.isLetter(unit.charAt(0))) {
        return null;
      }
      return units.unit(unit);
    }
    return null;
  }

  private static int depth(String s) {
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '(') {
        d++;
      } else if (s.charAt(i) == ')' && d > 0) {
        d--;
      }
    }
    return d;
  }
}
