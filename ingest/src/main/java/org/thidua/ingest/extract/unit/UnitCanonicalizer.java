package org.thidua.ingest.extract.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.thidua.dictionary.PhraseIndex;
import org.thidua.dictionary.UnitNames;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.plan.ResponsibleUnit;

/**
 * Responsible units: splits a unit cell or phrase into units and gives each a canonical name.
 *
 * <p>Rules, driven by the unit dictionary ({@link UnitNames}):
 *
 * <ul>
 *   <li>a cell lists units on separate lines, after "-" bullets, or separated by ";"; a comma separates two
 *       units only when both sides begin with a known body ("Sở Kế hoạch và Đầu tư, Ban TĐKT, Sở Nội vụ"), so
 *       "Các cơ quan, đơn vị, địa phương" stays one unit;
 *   <li>known bodies are written in their official form, abbreviations expanded ("HĐ TĐKT tỉnh" → "Hội đồng
 *       Thi đua - Khen thưởng tỉnh"), the rest of the name is kept as written;
 *   <li>a sub-unit belongs to the body the dictionary names as its parent: "Ban TĐKT, Sở Nội vụ", "Sở Nội vụ
 *       (Ban TĐKT tỉnh)" and "Ban TĐKT tỉnh" are all "Sở Nội vụ";
 *   <li>a remark in parentheses after a known body is dropped ("Sở Nội vụ (qua Ban TĐKT)").
 * </ul>
 */
public final class UnitCanonicalizer {

  private static final Pattern LINES = Pattern.compile("\\R");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");
  private static final Pattern SPACED_DASH = Pattern.compile("\\s*[-–—]\\s+|\\s+[-–—]\\s*");

  private final UnitNames names;
  private final PhraseIndex<UnitNames.Body> index;
  private final UnaryOperator<String> expand;

  /**
   * @param names the unit dictionary
   * @param expand expands abbreviations left in names after dictionary matching ("CM" → "chuyên môn")
   */
  public UnitCanonicalizer(UnitNames names, UnaryOperator<String> expand) {
    this.names = names;
    this.index = names.index();
    this.expand = expand;
  }

  /** The units of a table cell or list, each with its canonical name. */
  public List<ResponsibleUnit> parse(List<String> paragraphs) {
    List<ResponsibleUnit> out = new ArrayList<>();
    for (String para : paragraphs) {
      for (String line : LINES.split(para)) {
        for (String part : line.split(";")) {
          String p = Text.stripTrailingPunctuation(Text.stripBullet(Text.clean(part)));
          if (p.isEmpty()) {
            continue;
          }
          for (String name : splitOnCommas(p)) {
            out.add(unit(name));
          }
        }
      }
    }
    return out;
  }

  /** One unit, named as written (cleaned) and canonically. */
  public ResponsibleUnit unit(String written) {
    String name = Text.stripTrailingPunctuation(Text.stripBullet(Text.clean(written)));
    return new ResponsibleUnit(name, canonical(name));
  }

  /** The canonical name of one unit. */
  public String canonical(String written) {
    String name = Text.stripTrailingPunctuation(Text.stripBullet(Text.clean(written)));
    if (name.isEmpty()) {
      return name;
    }
    // a remark in parentheses after a known body: the body is the unit
    String outside = Text.clean(PARENTHESES.matcher(name).replaceAll(""));
    List<PhraseIndex.Hit<UnitNames.Body>> all = index.findAll(name);
    if (!outside.equals(name)) {
      List<PhraseIndex.Hit<UnitNames.Body>> outsideHits = index.findAll(outside);
      if (!outsideHits.isEmpty() && outsideHits.getFirst().start() == 0) {
        UnitNames.Body parent = parentInside(all);
        if (parent != null) {
          return parent.canonical();
        }
        return rebuild(outside, outsideHits);
      }
    }
    UnitNames.Body parent = parentInside(all);
    if (parent != null) {
      return parent.canonical();
    }
    if (!all.isEmpty() && all.getFirst().start() == 0 && all.getFirst().value().belongsTo() != null) {
      // a sub-unit named alone ("Ban TĐKT tỉnh"): the body it belongs to
      return names.body(all.getFirst().value().belongsTo()).orElseThrow().canonical();
    }
    return rebuild(name, all);
  }

  /** The parent body when the name holds both a sub-unit and the body it belongs to. */
  private static UnitNames.Body parentInside(List<PhraseIndex.Hit<UnitNames.Body>> hits) {
    for (var sub : hits) {
      String parent = sub.value().belongsTo();
      if (parent == null) {
        continue;
      }
      for (var h : hits) {
        if (h.value().canonical().equals(parent)) {
          return h.value();
        }
      }
    }
    return null;
  }

  private String rebuild(String name, List<PhraseIndex.Hit<UnitNames.Body>> hits) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (var h : hits) {
      sb.append(expand.apply(name.substring(at, h.start())));
      sb.append(h.value().canonical());
      at = h.end();
    }
    sb.append(expand.apply(name.substring(at)));
    String s = SPACED_DASH.matcher(Text.clean(sb.toString())).replaceAll(" - ");
    return Text.capitalize(s);
  }

  /**
   * Splits "A, B, C" where the parts begin with known bodies, then joins a sub-unit with the body it belongs to
   * when that body follows ("Ban TĐKT, Sở Nội vụ" stays one unit).
   */
  List<String> splitOnCommas(String text) {
    List<PhraseIndex.Hit<UnitNames.Body>> hits = index.findAll(text);
    if (hits.size() < 2) {
      return List.of(text);
    }
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != ',' || insideHit(hits, i) || depth(text, i) > 0) {
        continue;
      }
      int next = i + 1;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      int prevStart = cuts.isEmpty() ? 0 : cuts.getLast() + 1;
      while (prevStart < text.length() && Character.isWhitespace(text.charAt(prevStart))) {
        prevStart++;
      }
      if (startsHit(hits, next) != null && startsHit(hits, prevStart) != null) {
        cuts.add(i);
      }
    }
    if (cuts.isEmpty()) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    List<UnitNames.Body> firstBodies = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      parts.add(text.substring(from, cut).strip());
      from = cut + 1;
    }
    parts.add(text.substring(from).strip());
    for (String p : parts) {
      var h = index.findAll(p);
      firstBodies.add(h.isEmpty() ? null : h.getFirst().value());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      UnitNames.Body b = firstBodies.get(i);
      if (b != null && b.belongsTo() != null && i + 1 < parts.size()) {
        UnitNames.Body next = firstBodies.get(i + 1);
        if (next != null && next.canonical().equals(b.belongsTo())) {
          out.add(parts.get(i) + ", " + parts.get(i + 1));
          i++;
          continue;
        }
      }
      out.add(parts.get(i));
    }
    return out;
  }

  private static boolean insideHit(List<PhraseIndex.Hit<UnitNames.Body>> hits, int pos) {
    for (var h : hits) {
      if (h.start() <= pos && pos < h.end()) {
        return true;
      }
    }
    return false;
  }

  private static PhraseIndex.Hit<UnitNames.Body> startsHit(List<PhraseIndex.Hit<UnitNames.Body>> hits, int pos) {
    for (var h : hits) {
      if (h.start() == pos) {
        return h;
      }
    }
    return null;
  }

  private static int depth(String text, int pos) {
    int d = 0;
    for (int i = 0; i < pos; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        d++;
      } else if (c == ')' && d > 0) {
        d--;
      }
    }
    return d;
  }
}
