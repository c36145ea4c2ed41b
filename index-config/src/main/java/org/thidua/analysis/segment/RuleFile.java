package org.thidua.analysis.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RDRsegmenter's rule file ({@code wordsegmenter.rdr}) into a ripple-down-rule tree, following the
 * original reader's conventions: line 1 (the root) is skipped, depth is the number of leading tabs (at most 7),
 * lines containing {@code cc:} are comments, any condition whose text holds {@code ""} is the boundary
 * sentinel ({@code <W>} when the text contains "Word", otherwise {@code <T>}), the value of a condition is what
 * lies between its first quote and its last character.
 */
final class RuleFile {
  static final int SLOTS = 10;
  // context slots, in this order everywhere in the segmenter
  static final String[] KEYS = {
    "prevWord2", "prevTag2", "prevWord1", "prevTag1", "word", "tag", "nextWord1", "nextTag1", "nextWord2", "nextTag2"
  };
  static final String WORD_SENTINEL = "<W>";
  static final String TAG_SENTINEL = "<T>";

  /** One rule (node of the tree); index 0 is the root. */
  static final class Rule {
    final int depth;
    final int[] slots;
    final String[] values;
    final String conclusion;
    final int line;
    int index; // position in the file's rule list, set when compiling
    Rule father;
    Rule except;
    Rule ifNot;

    Rule(int depth, int[] slots, String[] values, String conclusion, int line) {
      this.depth = depth;
      this.slots = slots;
      this.values = values;
      this.conclusion = conclusion;
      this.line = line;
    }
  }

  private RuleFile() {}

  /** All rules in file order, linked into the tree; element 0 is the root. */
  static List<Rule> read(BufferedReader in, String name) throws IOException {
    List<Rule> rules = new ArrayList<>();
    String first = in.readLine();
    if (first == null || !first.trim().startsWith("True")) {
      throw new InvalidModelException(name + ": line 1 is not the root rule (\"True : object.conclusion = ...\")");
    }
    Rule root = new Rule(0, new int[0], new String[0], "NN", 1);
    rules.add(root);
    Rule current = root;
    int currentDepth = 0;
    int lineNo = 1;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      int depth = 0;
      while (depth < line.length() && depth <= 6 && line.charAt(depth) == '\t') {
        depth++;
      }
      String text = line.trim();
      if (text.isEmpty() || text.contains("cc:")) {
        continue;
      }
      Rule rule = parseRule(text, depth, lineNo, name);
      if (depth > currentDepth) {
        current.except = rule;
      } else if (depth == currentDepth) {
        current.ifNot = rule;
      } else {
        while (current != null && current.depth != depth) {
          current = current.father;
        }
        if (current == null) {
          throw new InvalidModelException(
              name + ":" + lineNo + ": depth " + depth + " does not continue any earlier rule");
        }
        current.ifNot = rule;
      }
      rule.father = current;
      current = rule;
      currentDepth = depth;
      rules.add(rule);
    }
    return rules;
  }

  private static Rule parseRule(String text, int depth, int lineNo, String name) throws InvalidModelException {
    // plain indexOf scanning: String.split with these separators would compile a regex for every line
    int sep = text.indexOf(" : ");
    if (sep < 0) {
      throw new InvalidModelException(name + ":" + lineNo + ": no \" : \" between conditions and conclusion: " + text);
    }
    int sep2 = text.indexOf(" : ", sep + 3);
    String conclusionText = text.substring(sep + 3, sep2 < 0 ? text.length() : sep2).trim();
    if (!conclusionText.startsWith("object.conclusion")) {
      throw new InvalidModelException(
          name + ":" + lineNo + ": expected object.conclusion = \"...\": " + conclusionText);
    }
    String conclusion = value(conclusionText, name, lineNo);
    String conditions = text.substring(0, sep).trim();
    int count = 1;
    for (int k = conditions.indexOf(" and "); k >= 0; k = conditions.indexOf(" and ", k + 5)) {
      count++;
    }
    int[] slots = new int[count];
    String[] values = new String[count];
    int from = 0;
    for (int k = 0; k < count; k++) {
      int and = conditions.indexOf(" and ", from);
      String cond = conditions.substring(from, and < 0 ? conditions.length() : and).trim();
      from = and + 5;
      int dot = cond.indexOf('.');
      int space = cond.indexOf(' ');
      if (!cond.startsWith("object.") || space < dot || !cond.contains(" == ")) {
        throw new InvalidModelException(name + ":" + lineNo + ": malformed condition: " + cond);
      }
      String key = cond.substring(dot + 1, space);
      int slot = slot(key);
      if (slot < 0) {
        throw new InvalidModelException(name + ":" + lineNo + ": unknown condition key " + key);
      }
      slots[k] = slot;
      values[k] = value(cond, name, lineNo);
    }
    return new Rule(depth, slots, values, conclusion, lineNo);
  }

  /** The value of {@code object.KEY == "VALUE"} as the original reads it, sentinels included. */
  private static String value(String text, String name, int lineNo) throws InvalidModelException {
    if (text.contains("\"\"")) {
      return text.contains("Word") ? WORD_SENTINEL : TAG_SENTINEL;
    }
    int quote = text.indexOf('"');
    if (quote < 0 || quote == text.length() - 1 || text.charAt(text.length() - 1) != '"') {
      throw new InvalidModelException(name + ":" + lineNo + ": value not in double quotes: " + text);
    }
    return text.substring(quote + 1, text.length() - 1);
  }

  static int slot(String key) {
    for (int i = 0; i < KEYS.length; i++) {
      if (KEYS[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
