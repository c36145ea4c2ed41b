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
      Matcher m = PERCENT.matcher(line);
      while (m.find()) {
        int start = 0;
        int end = line.length();
        Matcher b = BOUNDARY.matcher(line);
        while (b.find()) {
          if (b.end() <= m.start()) {
            start = b.end();
          } else if (b.start() >= m.end()) {
            end = b.start();
            break;
          }
        }
        String clause = Text.stripTrailingPunctuation(Text.stripBullet(Text.clean(line.substring(start, end))));
        out.add(new Target(m.group(1) + "%", clause));
      }
    }
    return new ArrayList<>(out);
  }
}
