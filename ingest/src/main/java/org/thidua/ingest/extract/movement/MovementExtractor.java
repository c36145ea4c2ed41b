package org.thidua.ingest.extract.movement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.Keys;
import org.thidua.dictionary.PlanTerms;
import org.thidua.ingest.extract.text.Text;
import org.thidua.ingest.plan.Movement;

/**
 * Named emulation movements and campaigns: quoted names introduced by "phong trào", "cuộc vận động"
 * (dictionary {@code movement.trigger}), and the quotes listed right after such a name ("các phong trào: “A”,
 * “B”; “C” giai đoạn 2021 - 2025"). A quote after a word such as "về", "Huy hiệu", "chủ đề" (dictionary
 * {@code movement.block}) names something else: a document's subject, a badge, a theme.
 */
public final class MovementExtractor {

  private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]{3,250})[”\"]");
  // what may stand between two quoted names of one list
  private static final Pattern LIST_GAP =
      Pattern.compile("(?iU)^[\\s,;*…]*(?:(?:và|cùng)\\s+)?(?:(?:giai đoạn|năm)\\s+\\d{4}(?:\\s*[-–]\\s*\\d{4})?[\\s,;*]*)?(?:và\\s+)?$");

  private final Pattern trigger;
  private final Pattern block;

  public MovementExtractor(PlanTerms terms) {
    this.trigger = Pattern.compile("(?iU)(?<![\\p{L}])(?:" + terms.pattern("movement.trigger") + ")(?![\\p{L}])");
    this.block = Pattern.compile("(?iU)(?<![\\p{L}])(?:" + terms.pattern("movement.block") + ")(?![\\p{L}])[^\\p{L}]*$");
  }

  public List<Movement> extract(List<String> lines) {
    Map<String, Movement> found = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.indexOf('“') < 0 && line.indexOf('"') < 0) {
        continue;
      }
      Matcher q = QUOTE.matcher(line);
      int prevEnd = -1;
      boolean list = false;
      while (q.find()) {
        // the words before the quote, back to the previous quote or the start of the clause
        int from = prevEnd >= 0 ? prevEnd : 0;
        String gap = line.substring(from, q.start());
        int clause = Math.max(gap.lastIndexOf(';'), gap.lastIndexOf('.'));
        String near = clause >= 0 && prevEnd < 0 ? gap.substring(clause + 1) : gap;
        boolean isMovement;
        if (block.matcher(near).find()) {
          isMovement = false;
        } else if (trigger.matcher(near).find()) {
          isMovement = true;
        } else {
          isMovement = list && prevEnd >= 0 && LIST_GAP.matcher(gap).matches();
        }
        list = isMovement;
        prevEnd = q.end();
        if (isMovement) {
          String name = Text.stripTrailingPunctuation(Text.clean(q.group(1)));
          if (!name.isEmpty()) {
            found.putIfAbsent(Keys.fold(name), new Movement(name));
          }
        }
      }
    }
    return new ArrayList<>(found.values());
  }
}
