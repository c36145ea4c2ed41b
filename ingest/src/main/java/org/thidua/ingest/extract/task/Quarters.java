package org.thidua.ingest.extract.task;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.PlanTerms;

/** Quarters named in headings and time cells: "QUÍ II/2018", "Quý 3", "Tháng 7", "Thường xuyên". */
final class Quarters {

  static final String YEAR_ROUND = "year-round";
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final Pattern quarter;
  private final Pattern yearRound;
  private static final Pattern MONTH = Pattern.compile("(?iU)(?<![\\p{L}])tháng\\s*(\\d{1,2})(?!\\d)");

  Quarters(PlanTerms terms) {
    this.quarter =
        Pattern.compile(
            "(?iU)(?<![\\p{L}])(?:" + terms.pattern("quarter.word")
                + ")\\s*(IV|III|II|I|[1-4])(?![\\p{L}\\d])");
    this.yearRound =
        Pattern.compile("(?iU)(?<![\\p{L}])(?:" + terms.pattern("year-round") + ")(?![\\p{L}])");
  }

  /** The quarter a heading names ("Nhiệm vụ thực hiện trong quý II" → "II"), "year-round", or null. */
  String fromHeading(String text) {
    Matcher m = quarter.matcher(text);
    if (m.find()) {
      return roman(m.group(1));
    }
    return yearRound.matcher(text).find() ? YEAR_ROUND : null;
  }

  /** The quarter a time cell names: a quarter, a month, or the whole year. */
  String fromTime(String text) {
    String q = fromHeading(text);
    if (q != null && !q.equals(YEAR_ROUND)) {
      return q;
    }
    Matcher m = MONTH.matcher(text);
    if (m.find()) {
      int month = Integer.parseInt(m.group(1));
      if (month >= 1 && month <= 12) {
        return ROMAN[(month - 1) / 3];
      }
    }
    var date = org.thidua.ingest.extract.text.VietnameseDates.find(text);
    if (date != null && date.date().month() != null) {
      return ROMAN[(date.date().month() - 1) / 3];
    }
    return q;
  }

  boolean namesQuarter(String text) {
    return quarter.matcher(text).find();
  }

  boolean namesYearRound(String text) {
    return yearRound.matcher(text).find();
  }

  private static String roman(String g) {
    return switch (g.toUpperCase()) {
      case "1", "I" -> "I";
      case "2", "II" -> "II";
      case "3", "III" -> "III";
      default -> "IV";
    };
  }
}
