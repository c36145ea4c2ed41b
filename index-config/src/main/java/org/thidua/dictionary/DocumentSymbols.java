package org.thidua.dictionary;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Codes used inside document symbols ("102/KH-UBND", "34-CT/TW"): document types and issuers, state and Party.
 * Loaded from {@code org/thidua/dictionary/document-symbols.tsv}.
 */
public final class DocumentSymbols {

  private static final Lazy<DocumentSymbols> INSTANCE = new Lazy<>(DocumentSymbols::new);

  private final Map<String, String> types = new HashMap<>();
  private final Map<String, String> partyTypes = new HashMap<>();
  private final Map<String, String> issuers = new HashMap<>();
  private final Map<String, String> partyIssuers = new HashMap<>();
  private final Map<String, String> typeCodesByName = new HashMap<>();

  private DocumentSymbols() {
    for (String[] row : Tsv.read("document-symbols.tsv")) {
      Map<String, String> target =
          switch (row[0]) {
            case "type" -> types;
            case "party-type" -> partyTypes;
            case "issuer" -> issuers;
            case "party-issuer" -> partyIssuers;
            default -> throw new IllegalStateException("document-symbols.tsv: unknown kind " + row[0]);
          };
      target.putIfAbsent(key(row[1]), row[2]);
      if (target == types) {
        typeCodesByName.putIfAbsent(Keys.fold(row[2]), row[1]);
      }
    }
  }

  public static DocumentSymbols load() {
    return INSTANCE.get();
  }

  // codes differ by case ("QĐ" and "QĐi", "TTg"), so they are compared exactly
  private static String key(String code) {
    return code.strip();
  }

  /** The name of a state document type code ("KH" → "Kế hoạch"). */
  public Optional<String> typeName(String code) {
    return Optional.ofNullable(types.get(key(code)));
  }

  /** The name of a Party document type code ("CT" → "Chỉ thị", "TT" → "Thông tri"). */
  public Optional<String> partyTypeName(String code) {
    return Optional.ofNullable(partyTypes.get(key(code)));
  }

  /** The state type code of a type name ("Kế hoạch" → "KH"). */
  public Optional<String> typeCode(String name) {
    return Optional.ofNullable(typeCodesByName.get(Keys.fold(name)));
  }

  /** The name of an issuer code, state or Party ("CP" → "Chính phủ", "TU" → "Tỉnh ủy"). */
  public Optional<String> issuerName(String code) {
    String k = key(code);
    return Optional.ofNullable(issuers.getOrDefault(k, partyIssuers.get(k)));
  }

  /** Whether an issuer code marks a Party body, whose documents are numbered "n-TYPE/ISSUER". */
  public boolean isPartyIssuer(String code) {
    return partyIssuers.containsKey(key(code));
  }

  /** Whether a code is a known document type code, state or Party. */
  public boolean isTypeCode(String code) {
    String k = key(code);
    return types.containsKey(k) || partyTypes.containsKey(k);
  }
}
