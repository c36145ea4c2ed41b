package org.thidua.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recurring obligations of the annual emulation cycle, each with the quarter it belongs in, and the ways a
 * plan addresses a kind of agency ("các sở, ban, ngành", "UBND các huyện"). Loaded from
 * {@code org/thidua/dictionary/annual-checklist.json}; patterns are compared with folded, abbreviation-expanded
 * text by the gap analysis.
 */
public record AnnualChecklist(List<Item> items, List<Addressee> addressees, ParentTaskMatch parentTaskMatch) {
  static final String RESOURCE = "annual-checklist.json";

  /**
   * @param id stable identifier ("six-month-review")
   * @param label what the plan should contain, in Vietnamese
   * @param quarter the quarter it is expected in (I–IV)
   * @param patterns phrases any of which marks a task as this item
   * @param alsoIn other quarters where the item is not misplaced (e.g. commendation all year)
   */
  public record Item(String id, String label, String quarter, List<String> patterns, List<String> alsoIn) {
    public Item {
      patterns = patterns == null ? List.of() : List.copyOf(patterns);
      alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
    }
  }

  /**
   * A collective way of addressing agencies.
   *
   * @param id "all", "departments", "districts", "communes"
   * @param patterns phrases in a unit name that address this kind
   * @param agencies prefixes of an issuer's folded name that belong to the kind; "*" for every agency
   */
  public record Addressee(String id, List<String> patterns, List<String> agencies) {}

  /** @param minSimilarity a child task at least this similar to a parent task implements it */
  public record ParentTaskMatch(double minSimilarity) {}

  public AnnualChecklist {
    items = List.copyOf(items);
    addressees = List.copyOf(addressees);
  }

  /** The checklist shipped with thidua. */
  public static AnnualChecklist load() {
    JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try (InputStream in = AnnualChecklist.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return json.readValue(in, AnnualChecklist.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
