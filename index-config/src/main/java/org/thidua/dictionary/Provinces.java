package org.thidua.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vietnam's provincial units: the 63 that existed until 2025-06-30 and the 34 from 2025-07-01, with the merge
 * map and name variants. Loaded from {@code org/thidua/dictionary/provinces.json}, which
 * {@code ReferenceDictionaryGenerator} (index-config tests) builds from {@code shared/reference}.
 */
public final class Provinces {

  static final String RESOURCE = "provinces.json";

  /** A unit of the 34 from 2025-07-01. */
  public record Current(String name, String officialName, String type, List<String> mergedFrom, List<String> variants) {}

  /** A unit of the 63 until 2025-06-30, and the unit it belongs to since. */
  public record Former(String name, String type, String mergedInto, List<String> variants, Rename renamedFrom) {}

  /** An earlier name and the last day it was used. */
  public record Rename(String name, LocalDate until) {}

  private record File(LocalDate mergerEffective, List<Current> current, List<Former> former) {}

  /** A province named in a text: the former (63-unit) name and where it was found. */
  public record Match(String name, int start, int end) {}

  private static final Lazy<Provinces> INSTANCE = new Lazy<>(Provinces::read);

  private final LocalDate mergerEffective;
  private final Map<String, Former> former = new LinkedHashMap<>();
  private final Map<String, Current> current = new LinkedHashMap<>();
  // bare names and variants → former unit name; prefixed forms ("tỉnh X", "TP. X") kept apart
  private final PhraseIndex<String> names = new PhraseIndex<>();
  private final PhraseIndex<String> prefixed = new PhraseIndex<>();

  private Provinces(File file) {
    this.mergerEffective = file.mergerEffective();
    for (Former f : file.former()) {
      former.put(f.name(), f);
    }
    for (Current c : file.current()) {
      current.put(c.name(), c);
    }
    for (Former f : file.former()) {
      List<String> all = new ArrayList<>(f.variants());
      all.add(f.name());
      if (f.renamedFrom() != null) {
        all.add(f.renamedFrom().name());
      }
      for (String v : all) {
        if (hasPrefix(v)) {
          prefixed.add(v, f.name());
        } else {
          names.add(v, f.name());
          for (String p : List.of("tỉnh ", "thành phố ", "TP. ", "TP ")) {
            prefixed.add(p + v, f.name());
          }
        }
      }
    }
  }

  private static boolean hasPrefix(String v) {
    String k = Keys.fold(v);
    return k.startsWith("tinh ") || k.startsWith("thanh pho ") || k.startsWith("tp ") || k.startsWith("thu do ");
  }

  public static Provinces load() {
    return INSTANCE.get();
  }

  private static Provinces read() {
    JsonMapper json =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    try (InputStream in = Provinces.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new Provinces(json.readValue(in, File.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** First day of the 34-unit map. */
  public LocalDate mergerEffective() {
    return mergerEffective;
  }

  public List<Former> former() {
    return List.copyOf(former.values());
  }

  public List<Current> current() {
    return List.copyOf(current.values());
  }

  /** The former unit of this name. */
  public Optional<Former> former(String name) {
    return Optional.ofNullable(former.get(name));
  }

  /** The former unit whose name or a variant equals the whole text ("tỉnh Lào Cai", "Hoà Bình"). */
  public Optional<String> named(String text) {
    return names.exact(text).or(() -> prefixed.exact(text));
  }

  /**
   * The first province named in a text. With {@code bare} the name alone counts ("Lào Cai, ngày …"); without,
   * only prefixed forms do ("tỉnh Lào Cai", "TP. Hồ Chí Minh") — body text mentions people and places such as
   * "Hồ Chí Minh" that are not provinces.
   */
  public Optional<Match> findIn(String text, boolean bare) {
    var hits = prefixed.findAll(text);
    var first = hits.isEmpty() ? null : hits.getFirst();
    if (bare) {
      var bareHits = names.findAll(text);
      if (!bareHits.isEmpty() && (first == null || bareHits.getFirst().start() < first.start())) {
        first = bareHits.getFirst();
      }
    }
    return first == null ? Optional.empty() : Optional.of(new Match(first.value(), first.start(), first.end()));
  }

  /**
   * The province's name as of a date: the former name before the merger (or an earlier name before a rename),
   * the merged unit's name from {@link #mergerEffective()}. A null date reads as "before the merger".
   */
  public String nameAsOf(String formerName, LocalDate date) {
    Former f = former.get(formerName);
    if (f == null) {
      return formerName;
    }
    if (date != null && !date.isBefore(mergerEffective)) {
      return f.mergedInto();
    }
    if (f.renamedFrom() != null && date != null && !date.isAfter(f.renamedFrom().until())) {
      return f.renamedFrom().name();
    }
    return f.name();
  }

  /** The unit a former province belongs to after the 2025 merger ("Yên Bái" → "Lào Cai"). */
  public String currentOf(String formerName) {
    Former f = former.get(formerName);
    if (f != null) {
      return f.mergedInto();
    }
    return current.containsKey(formerName) ? formerName : null;
  }
}
