package org.thidua.ingest.extract.legal;

import java.util.List;
import java.util.regex.Pattern;
import org.thidua.dictionary.DocumentSymbols;

/**
 * A document's number and symbol, parsed and put in canonical form.
 *
 * <p>Canonical forms: state documents "n/yyyy/TYPE-ISSUER" (legal normative, year inside) or "n/TYPE-ISSUER";
 * Party documents "n-TYPE/ISSUER" without a year, whatever way they were written ("34/2014/CT-TW", "34/CT-TW"
 * and "34-CT/TW" are all "34-CT/TW"; "41-CT-TU" is "41-CT/TU"). Numbers below 10 take a leading zero, as the
 * numbering rules write them.
 *
 * @param id canonical symbol
 * @param number the number ("05")
 * @param year the year inside the symbol, or null
 * @param typeCode the document type code ("KH", "NĐ", "QH" for a law), or null
 * @param issuerCode the first issuer code ("UBND", "CP", "TW"), or null
 * @param party whether it is a Party document
 */
public record DocumentSymbol(
    String id, String number, Integer year, String typeCode, String issuerCode, boolean party) {

  /** A symbol with the year inside: number, year, and the codes after it ("NĐ-CP", "QH11"). */
  static DocumentSymbol normative(String number, String year, String codes, DocumentSymbols dict) {
    List<String> parts = split(codes);
    String n = number(number);
    int y = Integer.parseInt(year);
    String first = parts.getFirst();
    if (parts.size() >= 2 && isPartyForm(first, parts.get(1), dict)) {
      return party(n, first, parts.subList(1, parts.size()), y);
    }
    String typeCode = Patterns.ASSEMBLY.matcher(first).matches() ? "QH" : first;
    String issuer = parts.size() >= 2 ? parts.get(1) : Patterns.TERM.matcher(first).replaceFirst("");
    return new DocumentSymbol(n + "/" + y + "/" + String.join("-", parts), n, y, typeCode, issuer, false);
  }

  /** A symbol without a year: number and codes ("KH-UBND", "CT-TW"). */
  static DocumentSymbol plain(String number, String codes, DocumentSymbols dict) {
    List<String> parts = split(codes);
    String n = number(number);
    if (parts.size() >= 2 && isPartyForm(parts.getFirst(), parts.get(1), dict)) {
      return party(n, parts.getFirst(), parts.subList(1, parts.size()), null);
    }
    String typeCode = dict.isTypeCode(parts.getFirst()) ? parts.getFirst() : null;
    String issuer = typeCode == null ? parts.getFirst() : parts.size() >= 2 ? parts.get(1) : null;
    return new DocumentSymbol(n + "/" + String.join("-", parts), n, null, typeCode, issuer, false);
  }

  /** A Party-style symbol "n-TYPE/ISSUER" (or the mistyped "n-TYPE-ISSUER"). */
  static DocumentSymbol partyStyle(String number, String type, String issuers) {
    return party(number(number), type, split(issuers), null);
  }

  private static DocumentSymbol party(String n, String type, List<String> issuers, Integer year) {
    return new DocumentSymbol(n + "-" + type + "/" + String.join("-", issuers), n, year, type, issuers.getFirst(), true);
  }

  private static boolean isPartyForm(String type, String issuer, DocumentSymbols dict) {
    return dict.isPartyIssuer(issuer) && dict.partyTypeName(type).isPresent();
  }

  private static List<String> split(String codes) {
    return List.of(Patterns.DASH.split(Patterns.SPACES.matcher(codes).replaceAll("")));
  }

  private static String number(String n) {
    String s = Patterns.LEADING_ZEROS.matcher(n).replaceFirst("");
    return s.length() == 1 ? "0" + s : s;
  }

  /** The type name the codes give ("KH" → "Kế hoạch"; a Party "TT" is a "Thông tri"). */
  String typeName(DocumentSymbols dict) {
    if (typeCode == null) {
      return null;
    }
    return (party ? dict.partyTypeName(typeCode) : dict.typeName(typeCode)).orElse(null);
  }

  private static final class Patterns {
    static final Pattern ASSEMBLY = Pattern.compile("(?:UBTV)?QH\\d+");
    static final Pattern TERM = Pattern.compile("\\d+$");
    static final Pattern DASH = Pattern.compile("-");
    static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
  }
}
