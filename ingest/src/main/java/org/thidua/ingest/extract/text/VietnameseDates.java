package org.thidua.ingest.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese documents write them: "31/7/2017", "ngày 26 tháng 11 năm 2003", "tháng 01/2022", and the
 * place-date line of a draft whose day is left blank ("ngày tháng 01 năm 2022").
 */
public final class VietnameseDates {

  /** A date that may lack its day or month. */
  public record PartialDate(int year, Integer month, Integer day) {

    /** ISO form: "2022-01-14", "2022-01", or "2022". */
    public String iso() {
      if (month == null) {
        return String.format("%04d", year);
      }
      if (day == null) {
        return String.format("%04d-%02d", year, month);
      }
      return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** The full date, or null when the day or month is missing. */
    public LocalDate toLocalDate() {
      return month == null || day == null ? null : LocalDate.of(year, month, day);
    }

    /** The full date, or the last day of the month or year it names (for "as of" comparisons). */
    public LocalDate latest() {
      if (month == null) {
        return LocalDate.of(year, 12, 31);
      }
      LocalDate first = LocalDate.of(year, month, 1);
      return day == null ? first.withDayOfMonth(first.lengthOfMonth()) : LocalDate.of(year, month, day);
    }
  }

  /** A date found in a text, with its span. */
  public record Found(PartialDate date, int start, int end) {}

  private static final String YEAR = "((?:19|20)\\d\\d)";
  // "31/7/2017", "31-07-2017", "31.7.2017"
  private static final Pattern NUMERIC =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*" + YEAR + "(?!\\d)");
  // "ngày 26 tháng 11 năm 2003", "ngày  tháng 01 năm 2022", "ngày 14 tháng 01 năm 2022"
  private static final Pattern WORDS =
      Pattern.compile("(?iU)ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*" + YEAR);
  // "tháng 01/2022", "tháng 3 năm 2022"
  private static final Pattern MONTH =
      Pattern.compile("(?iU)tháng\\s*(\\d{1,2})\\s*(?:/|-|năm)\\s*" + YEAR + "(?!\\d)");

  private static final Pattern[] PATTERNS = {NUMERIC, WORDS, MONTH};

  private VietnameseDates() {}

  /** The first date in the text (numeric, worded, or month/year), or null. */
  public static Found find(String text) {
    return find(text, 0);
  }

  /** The first date at or after {@code from}, or null. */
  public static Found find(String text, int from) {
    return findWithin(text, from, text.length());
  }

  /** The first date that starts and ends within {@code [from, to)}, or null. */
  public static Found findWithin(String text, int from, int to) {
    Found best = null;
    int end = Math.min(to, text.length());
    if (from >= end) {
      return null;
    }
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text).region(from, end).useTransparentBounds(true);
      if (m.find()) {
        PartialDate d = toDate(p, m);
        if (d != null && (best == null || m.start() < best.start())) {
          best = new Found(d, m.start(), m.end());
        }
      }
    }
    return best;
  }

  /** A date that starts the text (after spaces and "ngày"), or null: "ngày 31/7/2017 của …". */
  public static Found at(String text, int from) {
    // a date written out in words is at most some 30 characters: look no further than that
    Found f = findWithin(text, from, from + 48);
    if (f == null) {
      return null;
    }
    String between = text.substring(from, f.start()).strip();
    return between.isEmpty() || between.equalsIgnoreCase("ngày") || between.equals(",")
            || between.equalsIgnoreCase(", ngày")
        ? f
        : null;
  }

  private static PartialDate toDate(Pattern p, Matcher m) {
    try {
      if (p == NUMERIC) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        LocalDate.of(year, month, day);
        return new PartialDate(year, month, day);
      }
      if (p == WORDS) {
        Integer day = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month == null) {
          return new PartialDate(year, null, null);
        }
        if (month < 1 || month > 12) {
          return null;
        }
        if (day != null) {
          LocalDate.of(year, month, day);
        }
        return new PartialDate(year, month, day);
      }
      int month = Integer.parseInt(m.group(1));
      int year = Integer.parseInt(m.group(2));
      return month >= 1 && month <= 12 ? new PartialDate(year, month, null) : null;
    } catch (DateTimeException e) {
      return null;
    }
  }
}
