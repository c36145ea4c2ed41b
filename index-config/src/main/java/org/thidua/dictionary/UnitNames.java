package org.thidua.dictionary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of bodies that plans make responsible (Sở Nội vụ, Ủy ban nhân dân, Ban Thi đua - Khen thưởng, …) with
 * their written variants and, for sub-units, the body they belong to. Loaded from
 * {@code org/thidua/dictionary/units.tsv}.
 */
public final class UnitNames {

  /**
   * A body.
   *
   * @param canonical its name in official form ("Ban Thi đua - Khen thưởng")
   * @param belongsTo the canonical name of the body it is part of and answers for, or null
   */
  public record Body(String canonical, String belongsTo) {}

  private static final Lazy<UnitNames> INSTANCE = new Lazy<>(UnitNames::new);

  private final Map<String, Body> bodies = new LinkedHashMap<>();
  private final PhraseIndex<Body> index = new PhraseIndex<>();

  private UnitNames() {
    List<String[]> rows = Tsv.read("units.tsv");
    for (String[] row : rows) {
      String belongsTo = row.length > 2 && !row[2].isEmpty() ? row[2] : null;
      bodies.put(row[0], new Body(row[0], belongsTo));
    }
    for (String[] row : rows) {
      Body body = bodies.get(row[0]);
      index.add(row[0], body);
      if (row.length > 1 && !row[1].isEmpty()) {
        for (String variant : row[1].split("\\|")) {
          index.add(variant.strip(), body);
        }
      }
    }
    for (Body b : bodies.values()) {
      if (b.belongsTo() != null && !bodies.containsKey(b.belongsTo())) {
        throw new IllegalStateException("units.tsv: " + b.canonical() + " belongs to unknown " + b.belongsTo());
      }
    }
  }

  public static UnitNames load() {
    return INSTANCE.get();
  }

  /** Finds body names in a text (longest match first); see {@link PhraseIndex#findAll}. */
  public PhraseIndex<Body> index() {
    return index;
  }

  /** The body with this canonical name. */
  public Optional<Body> body(String canonical) {
    return Optional.ofNullable(bodies.get(canonical));
  }
}
