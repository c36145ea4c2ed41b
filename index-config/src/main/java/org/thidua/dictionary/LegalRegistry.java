package org.thidua.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Legal and Party documents commonly cited in emulation plans: identity, dates, status, replacement links and
 * citation aliases. Loaded from {@code org/thidua/dictionary/legal-registry.json}, which
 * {@code ReferenceDictionaryGenerator} (index-config tests) builds from {@code shared/reference}.
 */
public final class LegalRegistry {

  static final String RESOURCE = "legal-registry.json";

  /**
   * One registry document.
   *
   * @param id canonical symbol ("91/2017/NĐ-CP")
   * @param type "Luật", "Nghị định", …
   * @param issuer issuing body
   * @param signed date signed or passed, or null
   * @param effective date in force, or null
   * @param title subject line
   * @param status in_force, expired, partly_expired or unknown
   * @param replacedBy ids of replacing documents
   * @param amends ids of documents it amends
   * @param aliases citation forms seen in plans
   */
  public record Entry(
      String id,
      String type,
      String issuer,
      LocalDate signed,
      LocalDate effective,
      String title,
      String status,
      List<String> replacedBy,
      List<String> amends,
      List<String> aliases) {

    /** Year of the document: the signed date's, else the year inside the symbol. */
    public Integer year() {
      if (signed != null) {
        return signed.getYear();
      }
      var m = YEAR_IN_ID.matcher(id);
      return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
  }

  private record File(List<Entry> documents) {}

  private static final Pattern YEAR_IN_ID = Pattern.compile("/((?:19|20)\\d\\d)/");
  // what follows a law's name in a citation alias: its date, year, number or a parenthesised remark
  private static final Pattern NAME_TAIL =
      Pattern.compile("(?U)\\s*(\\(.*\\)|\\b(ngày|năm|số)\\s*:?\\s*\\d.*|\\b(19|20)\\d\\d\\b.*)$");

  private static final Lazy<LegalRegistry> DEFAULT = new Lazy<>(() -> load(UnaryOperator.identity()));

  private final List<Entry> entries;
  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final PhraseIndex<Entry> aliases = new PhraseIndex<>();
  private final Map<String, List<Entry>> lawsByName = new LinkedHashMap<>();
  private final UnaryOperator<String> expand;

  private LegalRegistry(List<Entry> entries, UnaryOperator<String> expand) {
    this.entries = List.copyOf(entries);
    this.expand = expand;
    for (Entry e : entries) {
      byId.put(symbolKey(e.id()), e);
      for (String a : e.aliases()) {
        aliases.add(expand.apply(a), e);
      }
      if ("Luật".equals(e.type())) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.title());
        for (String n : names) {
          if (!n.startsWith("Luật")) {
            continue;
          }
          String name = NAME_TAIL.matcher(n).replaceFirst("").strip();
          String key = Keys.fold(expand.apply(name));
          if (key.equals("luat")) {
            continue;
          }
          List<Entry> list = lawsByName.computeIfAbsent(key, k -> new ArrayList<>());
          if (!list.contains(e)) {
            list.add(e);
          }
        }
      }
    }
  }

  /** The registry shipped with thidua, with abbreviations in names left as written. */
  public static LegalRegistry load() {
    return DEFAULT.get();
  }

  /**
   * The registry shipped with thidua; {@code expand} rewrites abbreviations in law names and aliases ("Luật
   * TĐKT" → "Luật thi đua, khen thưởng") so that callers who expand their text the same way meet the same keys.
   */
  public static LegalRegistry load(UnaryOperator<String> expand) {
    JsonMapper json =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    try (InputStream in = LegalRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new LegalRegistry(json.readValue(in, File.class).documents(), expand);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The document with this canonical symbol (compared without diacritics or case). */
  public Optional<Entry> byId(String id) {
    return Optional.ofNullable(byId.get(symbolKey(id)));
  }

  /** The document one of whose citation aliases equals the text (folded). */
  public Optional<Entry> byAlias(String text) {
    return aliases.exact(expand.apply(text));
  }

  /**
   * Resolves a law cited by its name ("Luật Thi đua, Khen thưởng"): the version passed in {@code year} when
   * given, else the latest version passed on or before {@code asOf} (the citing text's date), else none.
   *
   * @param name the law's name as written, without date or number
   * @param year the year written with the name, or null
   * @param asOf the date the citing text speaks from, or null for "latest"
   */
  public Optional<Entry> lawByName(String name, Integer year, LocalDate asOf) {
    List<Entry> candidates = lawsByName.getOrDefault(Keys.fold(expand.apply(name)), List.of());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    if (year != null) {
      return candidates.stream().filter(e -> year.equals(e.year())).findFirst();
    }
    return candidates.stream()
        .filter(e -> e.signed() != null && (asOf == null || !e.signed().isAfter(asOf)))
        .max(Comparator.comparing(Entry::signed));
  }

  /**
   * Documents cited in short form by type code, number and year ("NĐ 91/2017" → 91/2017/NĐ-CP): those whose
   * symbol starts with {@code number/year/typeCode-}.
   */
  public List<Entry> byNumberYearType(String number, int year, String typeCode) {
    String prefix = symbolKey(number.replaceFirst("^0+(?=\\d)", "") + "/" + year + "/" + typeCode);
    List<Entry> out = new ArrayList<>();
    for (var e : byId.entrySet()) {
      String k = e.getKey().replaceFirst("^0+(?=\\d)", "");
      if (k.startsWith(prefix)) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  /** Whether a folded law name is known to the registry. */
  public boolean knowsLawName(String name) {
    return lawsByName.containsKey(Keys.fold(expand.apply(name)));
  }

  /** Law names known to the registry, folded (for tests and diagnostics). */
  public List<String> lawNameKeys() {
    return Collections.unmodifiableList(new ArrayList<>(lawsByName.keySet()));
  }

  private static String symbolKey(String id) {
    return Keys.fold(id).replace(" ", "");
  }
}
