package org.thidua.analysis.abbrev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.thidua.dictionary.Abbreviations;
import org.thidua.dictionary.Abbreviations.Abbreviation;

/**
 * An abbreviation dictionary with every expansion already split into tokens by the same tokenizer the analysis
 * chain uses, so that {@code TĐKT} expands to exactly the tokens the text "thi đua, khen thưởng" gives ({@code
 * thi_đua khen_thưởng} with word segmentation, {@code thi đua khen thưởng} without). Immutable; share it between
 * filters.
 */
public final class AbbreviationExpansions {

  private final Abbreviations dictionary;
  private final Map<Abbreviation, List<String[]>> tokenized;
  private final Map<Abbreviation, String> asToken;

  private AbbreviationExpansions(
      Abbreviations dictionary, Map<Abbreviation, List<String[]>> tokenized, Map<Abbreviation, String> asToken) {
    this.dictionary = dictionary;
    this.tokenized = tokenized;
    this.asToken = asToken;
  }

  /**
   * Splits every expansion of {@code dictionary} with {@code tokenizer} (a tokenizer, optionally with char filters;
   * no filters that lowercase, fold or drop tokens, since the rest of the chain does that to the expansions too).
   *
   * @throws IllegalArgumentException when an expansion gives no token
   */
  public static AbbreviationExpansions compile(Abbreviations dictionary, Analyzer tokenizer) {
    Map<Abbreviation, List<String[]>> tokenized = new IdentityHashMap<>();
    Map<Abbreviation, String> asToken = new IdentityHashMap<>();
    for (Abbreviation a : dictionary.entries()) {
      String[] own = tokens(tokenizer, a.abbreviation());
      asToken.put(a, own.length == 1 ? own[0] : a.abbreviation());
      List<String[]> paths = new ArrayList<>(a.expansions().size());
      for (String expansion : a.expansions()) {
        String[] tokens = tokens(tokenizer, expansion);
        if (tokens.length == 0) {
          throw new IllegalArgumentException(
              "expansion '" + expansion + "' of " + a.abbreviation() + " has no token after tokenization");
        }
        if (paths.stream().noneMatch(p -> java.util.Arrays.equals(p, tokens))) {
          paths.add(tokens);
        }
      }
      tokenized.put(a, List.copyOf(paths));
    }
    return new AbbreviationExpansions(dictionary, tokenized, asToken);
  }

  private static String[] tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toArray(String[]::new);
  }

  public Abbreviations dictionary() {
    return dictionary;
  }

  /** The token sequences {@code abbreviation}'s expansions analyse to, preferred first. */
  List<String[]> tokens(Abbreviation abbreviation) {
    return tokenized.getOrDefault(abbreviation, List.of());
  }

  /**
   * The abbreviation as the tokenizer gives it when it is one token ({@code TĐKT}, {@code VH,TT&DL}), so that a
   * token contracted from an expansion equals the one the abbreviation written in the text gives; as written
   * otherwise.
   */
  String token(Abbreviation abbreviation) {
    return asToken.getOrDefault(abbreviation, abbreviation.abbreviation());
  }
}
