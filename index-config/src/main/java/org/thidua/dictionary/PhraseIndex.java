package org.thidua.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds dictionary phrases in running text, word by word on folded keys ({@link Keys#fold}), longest match
 * first, and reports where each match lies in the original text. Linear in the text for a fixed dictionary.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

  /** One match: the value, and the match's span in the original text. */
  public record Hit<T>(T value, int start, int end, String matched) {}

  /** A word of the text: folded form and its span. */
  public record Word(String folded, int start, int end) {}

  private record Entry<T>(String[] words, T value) {}

  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
  private final Map<String, T> exact = new HashMap<>();

  /** Adds a phrase; the first value added for a phrase wins. */
  public PhraseIndex<T> add(String phrase, T value) {
    String key = Keys.fold(phrase);
    if (key.isEmpty() || exact.containsKey(key)) {
      return this;
    }
    exact.put(key, value);
    String[] words = key.split(" ");
    List<Entry<T>> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(new Entry<>(words, value));
    list.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    return this;
  }

  /** The value of a phrase that equals the whole text (after folding). */
  public Optional<T> exact(String text) {
    return Optional.ofNullable(exact.get(Keys.fold(text)));
  }

  public boolean isEmpty() {
    return exact.isEmpty();
  }

  /** All leftmost-longest, non-overlapping matches in the text, in order. */
  public List<Hit<T>> findAll(String text) {
    List<Word> words = words(text);
    List<Hit<T>> hits = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Hit<T> hit = matchAt(text, words, i);
      if (hit == null) {
        i++;
      } else {
        hits.add(hit);
        int end = hit.end();
        while (i < words.size() && words.get(i).start() < end) {
          i++;
        }
      }
    }
    return hits;
  }

  /** The longest match starting exactly at word {@code i}, or null. */
  public Hit<T> matchAt(String text, List<Word> words, int i) {
    List<Entry<T>> candidates = byFirstWord.get(words.get(i).folded());
    if (candidates == null) {
      return null;
    }
    for (Entry<T> e : candidates) {
      if (i + e.words.length > words.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < e.words.length; k++) {
        if (!e.words[k].equals(words.get(i + k).folded())) {
          ok = false;
          break;
        }
      }
      if (ok) {
        int start = words.get(i).start();
        int end = words.get(i + e.words.length - 1).end();
        return new Hit<>(e.value, start, end, text.substring(start, end));
      }
    }
    return null;
  }

  /** The words of a text (runs of letters, digits, marks and slashes) with their folded forms. */
  public static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int start = i;
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
        out.add(new Word(Keys.fold(text.substring(start, i)), start, i));
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '/';
  }
}
