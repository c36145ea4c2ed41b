package org.thidua.analysis.tokenize;

/** What a token is; {@link #luceneType()} is the string put in Lucene's TypeAttribute. */
public enum TokenType {
  /** Letters: a syllable, a word of several syllables, an abbreviation, a hyphenated word. */
  WORD("<WORD>"),
  /** A number: 2022, 1.000, 1,5, 2021-2025, a phone number, an amount with a currency sign. */
  NUM("<NUM>"),
  /** A number with a percent sign: 100%, 12,5%. */
  PERCENT("<PERCENT>"),
  /** A date: 31/7/2017, 12/7/1907, 29/01/2022, 7/2017 (month), 31/7 (day). */
  DATE("<DATE>"),
  /** A time of day: 14:30, 8h30. */
  TIME("<TIME>"),
  /** A legal document symbol or code: 91/2017/NĐ-CP, 05/KH-UBND, 34-CT/TW, NĐ-CP; also e-mail and web addresses. */
  SYMBOL("<SYMBOL>"),
  /** Punctuation: kept for segmentation context, not indexed. */
  PUNCT("<PUNCT>");

  private final String luceneType;

  TokenType(String luceneType) {
    this.luceneType = luceneType;
  }

  public String luceneType() {
    return luceneType;
  }

  private static final TokenType[] VALUES = values();

  static TokenType of(int ordinal) {
    return VALUES[ordinal];
  }
}
