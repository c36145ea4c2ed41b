package org.thidua.ingest.extract.period;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.extract.text.VietnameseDates;
import org.thidua.ingest.plan.Period;

/**
 * Emulation periods (đợt thi đua) with their span: "Đợt thi đua thứ nhất (từ tháng 01/2022 đến 30/6/2022)" →
 * from "2022-01" to "2022-06-30".
 */
public final class PeriodExtractor {

  private static final Pattern PERIOD =
      Pattern.compile(
          "(?iU)(?<![\\p{L}])(đợt(?:\\s+thi\\s+đua)?(?:\\s+(?:thứ\\s+\\p{L}+|\\d{1,2}|(?-i:[IVX]+)|cao\\s+điểm|đặc\\s+biệt)(?![\\p{L}\\d]))?)"
              + "[^()\\n]{0,60}?[(:,]?\\s*từ\\s+(?:ngày\\s+)?");
  private static final Pattern UNTIL = Pattern.compile("(?iU)^\\s*(?:đến|tới|[-–])\\s*(?:hết\\s+)?(?:ngày\\s+)?");

  public List<Period> extract(List<String> lines) {
    List<Period> out = new ArrayList<>();
    for (String line : lines) {
      if (line.indexOf("từ") < 0 && line.indexOf("Từ") < 0 && line.indexOf("TỪ") < 0) {
        continue;
      }
      Matcher m = PERIOD.matcher(line);
      while (m.find()) {
        VietnameseDates.Found from = VietnameseDates.at(line, m.end());
        if (from == null) {
          continue;
        }
        Matcher until = UNTIL.matcher(line.substring(from.end()));
        VietnameseDates.Found to = until.find() ? VietnameseDates.at(line, from.end() + until.end()) : null;
        if (to == null) {
          // "đăng ký thi đua đợt từ tháng 8/2025": a start alone does not make a period
          continue;
        }
        String name = Text.capitalize(Text.clean(m.group(1)));
        out.add(new Period(name, from.date().iso(), to.date().iso()));
      }
    }
    return out;
  }
}
