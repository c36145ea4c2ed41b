package org.thidua.ingest.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.PlanTerms;

/** Deadlines stated in a sentence: a cue ("trước ngày", "chậm nhất") followed by a date. */
public final class Deadlines {

  private final Pattern cue;

  public Deadlines(PlanTerms terms) {
    List<String> cues = terms.longestFirst("deadline.cue");
    StringBuilder alt = new StringBuilder();
    for (String c : cues) {
      if (!alt.isEmpty()) {
        alt.append('|');
      }
      alt.append(Pattern.quote(c).replace(" ", "\\E\\s+\\Q"));
    }
    this.cue = Pattern.compile("(?iU)(?<![\\p{L}])(?:" + alt + ")(?![\\p{L}])");
  }

  /** The ISO deadline in the text ("… trước ngày 10/02/2018 …" → "2018-02-10"), or null. */
  public String find(String text) {
    Matcher m = cue.matcher(text);
    while (m.find()) {
      // the date may begin inside the cue ("trước [ngày 15 tháng 3 năm 2022]") or just after it
      VietnameseDates.Found d = VietnameseDates.findWithin(text, m.start(), m.end() + 48);
      if (d != null && d.start() - m.end() <= 8) {
        return d.date().iso();
      }
    }
    return null;
  }
}
