package org.thidua.ingest.extract.target;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.plan.Target;

/**
 * Numeric targets: each percentage with the clause that sets it ("100% cán bộ, công chức, viên chức đạt danh
 * hiệu lao động tiên tiến, trong đó 15% đạt chiến sỹ thi đua cơ sở" gives two targets). A clause runs between
 * ";", a full stop, "trong đó" and the line's ends.
 */
public final class TargetExtractor {

  private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%");
  private static final Pattern BOUNDARY = Pattern.compile("(?iU);|\\.(?=\\s|$)|,?\\s*trong\\s+đó\\s*,?|:\\s");

  public List<Target> extract(List<String> lines) {
    Set<Target> out = new LinkedHashSet<>();
    for (String line : lines) {
      if (line.indexOf('%') < 0) {
        continue;
      }
      // clause boundaries once per line, then each percentage takes the clause around it
      List<int[]> bounds = new ArrayList<>();
      Matcher b = BOUNDARY.matcher(line);
      while (b.find()) {
        bounds.add(new int[] {b.start(), b.end()});
      }
      int k = 0;
      Matcher m = PERCENT.matcher(line);
      while (m.find()) {
        while (k < bounds.size() && bounds.get(k)[1] <= m.start()) {
          k++;
        }
        int start = k == 0 ? 0 : bounds.get(k - 1)[1];
        int next = k;
        while (next < bounds.size() && bounds.get(next)[0] < m.end()) {
          next++;
        }
        int end = next < bounds.size() ? bounds.get(next)[0] : line.length();
        String clause = Text.stripTrailingPunctuation(Text.stripBullet(Text.clean(line.substring(start, end))));
        out.add(new Target(m.group(1) + "%", clause));
      }
    }
    return new ArrayList<>(out);
  }
}
