package org.thidua.analysis.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately plain, literal reading of SEGMENTER.md (strings everywhere, the tree walked node by node)
 * against which the optimised {@link RdrWordSegmenter} is checked. Slow on purpose: nothing clever here.
 */
final class ReferenceSegmenter {
  private static final String[] KEYS = {
    "prevWord2", "prevTag2", "prevWord1", "prevTag1", "word", "tag", "nextWord1", "nextTag1", "nextWord2", "nextTag2"
  };

  static final class Node {
    final String[] cond = new String[10];
    String conclusion;
    int depth;
    Node except;
    Node ifNot;
    Node father;
  }

  private final Node root;
  private final Set<String> vocab;
  private final Set<String> locations;
  private final Set<String> countriesMulti;
  private final Set<String> countriesSingle;
  private final Set<String> firstWords;
  private final Set<String> companies;
  private final Set<String> middleNames;
  private final Set<String> familyNames;
  private final Map<String, String> normalizer = new LinkedHashMap<>();

  @SuppressWarnings("unchecked")
  ReferenceSegmenter(Path dir) throws IOException, ClassNotFoundException {
    try (InputStream in = Files.newInputStream(dir.resolve("vi-vocab"));
        ObjectInputStream ois = new ObjectInputStream(in)) {
      ois.setObjectInputFilter(VocabularyReader.FILTER);
      vocab = (Set<String>) ois.readObject();
    }
    locations = list(dir, "vn-locations");
    countriesMulti = list(dir, "country-names-multi");
    countriesSingle = list(dir, "country-names-single");
    firstWords = list(dir, "sentence-initial-words");
    companies = list(dir, "world-companies");
    middleNames = list(dir, "vn-middle-names");
    familyNames = list(dir, "vn-family-names");
    String[] o = {"ò", "ó", "ỏ", "õ", "ọ"};
    String[] a = {"à", "á", "ả", "ã", "ạ"};
    String[] e = {"è", "é", "ẻ", "ẽ", "ẹ"};
    String[] u = {"ù", "ú", "ủ", "ũ", "ụ"};
    String[] y = {"ỳ", "ý", "ỷ", "ỹ", "ỵ"};
    for (int t = 0; t < 5; t++) {
      normalizer.put(o[t] + "a", "o" + a[t]);
      normalizer.put(o[t] + "e", "o" + e[t]);
      normalizer.put(u[t] + "y", "u" + y[t]);
    }
    normalizer.put("Ủy", "Uỷ");
    root = readTree(dir.resolve("wordsegmenter.rdr"));
  }

  private static Set<String> list(Path dir, String name) throws IOException {
    Set<String> s = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("lists").resolve(name + ".txt"), StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        s.add(line);
      }
    }
    return s;
  }

  private static Node readTree(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Node root = new Node();
    root.conclusion = "NN";
    Node current = root;
    int currentDepth = 0;
    for (String line : lines.subList(1, lines.size())) {
      int depth = 0;
      while (depth < line.length() && depth < 7 && line.charAt(depth) == '\t') {
        depth++;
      }
      line = line.trim();
      if (line.isEmpty() || line.contains("cc:")) {
        continue;
      }
      Node node = new Node();
      node.depth = depth;
      String[] halves = line.split(" : ");
      for (String c : halves[0].trim().split(" and ")) {
        c = c.trim();
        String key = c.substring(c.indexOf('.') + 1, c.indexOf(' '));
        for (int k = 0; k < 10; k++) {
          if (KEYS[k].equals(key)) {
            node.cond[k] = value(c);
          }
        }
      }
      node.conclusion = value(halves[1].trim());
      if (depth > currentDepth) {
        current.except = node;
      } else if (depth == currentDepth) {
        current.ifNot = node;
      } else {
        while (current.depth != depth) {
          current = current.father;
        }
        current.ifNot = node;
      }
      node.father = current;
      current = node;
      currentDepth = depth;
    }
    return root;
  }

  private static String value(String s) {
    if (s.contains("\"\"")) {
      return s.contains("Word") ? "<W>" : "<T>";
    }
    return s.substring(s.indexOf('"') + 1, s.length() - 1);
  }

  boolean[] wordStarts(List<String> written) {
    return wordStarts(written, true);
  }

  /** @param firstBegins false: the first token keeps the rules' tag, as VnCoreNLP writes it */
  boolean[] wordStarts(List<String> written, boolean firstBegins) {
    // step 1: tone placement of the model, on the sentence as written
    String sentence = String.join(" ", written);
    for (Map.Entry<String, String> m : normalizer.entrySet()) {
      sentence = sentence.replace(m.getKey(), m.getValue());
    }
    String[] tokens = sentence.split(" ");
    String[] lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
    }
    int n = tokens.length;
    // step 2: initial tags
    String[] tags = new String[n];
    int i = 0;
    while (i < n) {
      String token = tokens[i];
      if (!allLetters(token)) {
        tags[i++] = "B";
        continue;
      }
      if (Character.isLowerCase(token.charAt(0)) && i + 1 < n && Character.isUpperCase(tokens[i + 1].charAt(0))) {
        tags[i++] = "B";
        continue;
      }
      boolean found = false;
      for (int j = Math.min(i + 4, n); j > i + 1; j--) {
        String word = String.join(" ", java.util.Arrays.asList(lower).subList(i, j));
        if (vocab.contains(word) || locations.contains(word) || countriesMulti.contains(word)) {
          tags[i] = "B";
          for (int k = i + 1; k < j; k++) {
            tags[k] = "I";
          }
          i = j;
          found = true;
          break;
        }
      }
      if (found) {
        continue;
      }
      if (firstWords.contains(lower[i]) || countriesSingle.contains(lower[i]) || companies.contains(lower[i])
          || Character.isLowerCase(token.charAt(0)) || allUpper(token)) {
        tags[i++] = "B";
        continue;
      }
      int end = i + 1;
      while (end < Math.min(i + 4, n)) {
        String t = tokens[end];
        if (Character.isLowerCase(t.charAt(0)) || !allLetters(t) || t.equals("LBKT") || t.equals("RBKT")) {
          break;
        }
        end++;
      }
      if (end > i + 1) {
        boolean middle = middleNames.contains(lower[i]) && i >= 1
            && Character.isUpperCase(tokens[i - 1].charAt(0)) && familyNames.contains(lower[i - 1]);
        tags[i] = middle ? "I" : "B";
        for (int k = i + 1; k < end; k++) {
          tags[k] = "I";
        }
        i = end;
      } else {
        tags[i++] = "B";
      }
    }
    // steps 3 and 4
    boolean[] starts = new boolean[n];
    for (int p = 0; p < n; p++) {
      String[] ctx = new String[10];
      for (int k = 0; k < 10; k += 2) {
        ctx[k] = "<W>";
        ctx[k + 1] = "<T>";
      }
      if (p > 1) {
        ctx[0] = lower[p - 2];
        ctx[1] = tags[p - 2];
      }
      if (p > 0) {
        ctx[2] = lower[p - 1];
        ctx[3] = tags[p - 1];
      }
      ctx[4] = lower[p];
      ctx[5] = tags[p];
      if (p < n - 1) {
        ctx[6] = lower[p + 1];
        ctx[7] = tags[p + 1];
      }
      if (p < n - 2) {
        ctx[8] = lower[p + 2];
        ctx[9] = tags[p + 2];
      }
      Node fired = null;
      Node node = root;
      while (node != null) {
        if (satisfies(node, ctx)) {
          fired = node;
          node = node.except;
        } else {
          node = node.ifNot;
        }
      }
      String tag = fired.depth > 0 ? fired.conclusion : tags[p];
      starts[p] = tag.equals("B");
    }
    if (n > 0 && firstBegins) {
      starts[0] = true;
    }
    return starts;
  }

  private static boolean satisfies(Node node, String[] ctx) {
    for (int k = 0; k < 10; k++) {
      if (node.cond[k] != null && !node.cond[k].equals(ctx[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean allLetters(String s) {
    return s.chars().allMatch(Character::isLetter);
  }

  private static boolean allUpper(String s) {
    return s.chars().allMatch(Character::isUpperCase);
  }

  static String join(List<String> tokens, boolean[] starts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        sb.append(starts[i] ? ' ' : '_');
      }
      sb.append(tokens.get(i));
    }
    return sb.toString();
  }

  static List<String> whitespaceTokens(String line) {
    List<String> out = new ArrayList<>();
    for (String t : line.trim().split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
