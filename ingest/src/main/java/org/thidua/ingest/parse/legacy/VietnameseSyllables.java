package org.thidua.ingest.parse.legacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a word is a well-formed written Vietnamese syllable: onset + rhyme, at most one tone mark,
 * stop-final rhymes with the acute or dot-below tone only, and the c/k, g/gh, ng/ngh spelling rules. Used to
 * decide which reading of a legacy text is Vietnamese; the shapes are in {@code syllables.txt}.
 */
public final class VietnameseSyllables {

  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
  private static final String ACUTE_OR_DOT = "\u0301\u0323";
  private static final String FRONT_VOWELS = "eêiy";
  private static final String VOWELS = "aeiouy";
  private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

  private static final VietnameseSyllables INSTANCE = new VietnameseSyllables();

  private final List<String> onsets; // longest first, the empty onset last
  private final Set<String> rhymes = new HashSet<>();

  private VietnameseSyllables() {
    List<String> onsetList = new ArrayList<>();
    String section = "";
    for (String line : DictionaryResource.lines("syllables.txt")) {
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      for (String item : line.split("\\s+")) {
        String nfc = Normalizer.normalize(item, Normalizer.Form.NFC);
        switch (section) {
          case "[onsets]" -> onsetList.add(nfc);
          case "[rhymes]" -> rhymes.add(nfc);
          default -> throw new IllegalStateException("syllables.txt: item outside a section: " + item);
        }
      }
    }
    onsetList.sort((a, b) -> b.length() - a.length());
    onsetList.add("");
    onsets = List.copyOf(onsetList);
  }

  /** The shared instance (immutable, thread-safe). */
  public static VietnameseSyllables get() {
    return INSTANCE;
  }

  /** True when {@code word} (one syllable, any case, NFC or not) is a possible written Vietnamese syllable. */
  public boolean isSyllable(String word) {
    if (word.isEmpty()) {
      return false;
    }
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    char tone = 0;
    char base = 0;
    StringBuilder toneless = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (TONE_MARKS.indexOf(c) >= 0) {
        if (tone != 0 || VOWELS.indexOf(base) < 0) {
          return false; // two tones, or a "tone" on a consonant (ñ is n + tilde)
        }
        tone = c;
      } else {
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          base = c;
        }
        toneless.append(c);
      }
    }
    String bare = Normalizer.normalize(toneless, Normalizer.Form.NFC);
    for (int i = 0; i < bare.length(); i++) {
      if (LETTERS.indexOf(bare.charAt(i)) < 0) {
        return false;
      }
    }
    for (String onset : onsets) {
      if (bare.startsWith(onset) && fits(onset, bare.substring(onset.length()), tone)) {
        return true;
      }
    }
    return false;
  }

  private boolean fits(String onset, String rest, char tone) {
    String rhyme;
    if (onset.equals("gi") && rest.isEmpty()) {
      return true; // "gì"
    } else if (onset.equals("gi") && !rhymes.contains(rest) && rhymes.contains("i" + rest)) {
      rhyme = "i" + rest; // "giếng" = gi + iêng
    } else if (rhymes.contains(rest)) {
      rhyme = rest;
    } else {
      return false;
    }
    boolean front = FRONT_VOWELS.indexOf(rest.isEmpty() ? 'i' : rest.charAt(0)) >= 0;
    switch (onset) {
      case "k", "gh", "ngh" -> {
        if (!front) return false;
      }
      case "c", "g", "ng" -> {
        if (front) return false;
      }
      default -> {}
    }
    boolean stopFinal = rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
    return !stopFinal || (tone != 0 && ACUTE_OR_DOT.indexOf(tone) >= 0);
  }
}
