package org.thidua.ingest.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed, split into quoted phrases and the remaining words. Straight and curly double quotes both
 * delimit a phrase; an unclosed quote runs to the end. Everything else is kept for the analyzers to decide on
 * (diacritics, abbreviations, stop words).
 *
 * @param words the text outside quotes, every word of which must match
 * @param phrases the quoted phrases, each of which must match as a phrase
 */
public record UserQuery(String words, List<String> phrases) {

  public UserQuery {
    words = words == null ? "" : words.strip();
    phrases = List.copyOf(phrases);
  }

  public static UserQuery parse(String text) {
    if (text == null) {
      return new UserQuery("", List.of());
    }
    StringBuilder words = new StringBuilder();
    List<String> phrases = new ArrayList<>();
    StringBuilder phrase = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean quote = c == '"' || c == '“' || c == '”' || c == '„';
      if (quote) {
        if (phrase == null) {
          phrase = new StringBuilder();
          words.append(' ');
        } else {
          addPhrase(phrases, phrase);
          phrase = null;
        }
      } else if (phrase != null) {
        phrase.append(c);
      } else {
        words.append(c);
      }
    }
    if (phrase != null) {
      addPhrase(phrases, phrase);
    }
    return new UserQuery(words.toString().replaceAll("\\s+", " "), phrases);
  }

  private static void addPhrase(List<String> phrases, StringBuilder phrase) {
    String p = phrase.toString().strip();
    if (!p.isEmpty()) {
      phrases.add(p);
    }
  }

  public boolean isEmpty() {
    return words.isEmpty() && phrases.isEmpty();
  }
}
