package org.thidua.schema;

/**
 * Every searchable text is indexed twice, under {@code <field>.exact} and {@code <field>.folded}. Queries must
 * match the folded variant (diacritics optional) and score higher where the exact variant matches too.
 */
public enum TextVariant {
  /** Word-segmented, diacritics kept, abbreviations expanded, stop words removed. */
  EXACT(".exact"),
  /** Syllables, diacritics folded ("kiểm tra" = "kiem tra"). */
  FOLDED(".folded");

  private final String suffix;

  TextVariant(String suffix) {
    this.suffix = suffix;
  }

  /** The indexed field name of {@code base} in this variant. */
  public String of(String base) {
    return base + suffix;
  }

  /** The variant a field name belongs to, or null for a field that is not a searchable text variant. */
  public static TextVariant ofField(String field) {
    for (TextVariant v : values()) {
      if (field.endsWith(v.suffix)) {
        return v;
      }
    }
    return null;
  }
}
