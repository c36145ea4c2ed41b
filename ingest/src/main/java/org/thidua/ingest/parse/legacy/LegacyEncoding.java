package org.thidua.ingest.parse.legacy;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-Unicode Vietnamese encodings thidua repairs. Text in them reaches us as windows-1252 characters
 * (an 8-bit file decoded as windows-1252, or a Word run whose font was .VnTime or VNI-Times), for instance
 * "C«ng t¸c thi ®ua" (TCVN3) or "Coâng taùc thi ñua" (VNI) for "Công tác thi đua".
 *
 * <p>The tables are dictionaries in index-config ({@code org/thidua/dictionary/legacy/}).
 */
public enum LegacyEncoding {
  /** TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts: one byte per letter. */
  TCVN3("TCVN3 (ABC, .VnTime fonts)", "tcvn3.txt"),
  /** VNI-Windows, the encoding of the VNI-Times fonts: a base letter followed by a mark byte. */
  VNI("VNI-Windows (VNI-Times fonts)", "vni.txt");

  private final String label;
  private final String resource;
  private volatile Table table;

  LegacyEncoding(String label, String resource) {
    this.label = label;
    this.resource = resource;
  }

  /** A human name, e.g. "TCVN3 (ABC, .VnTime fonts)". */
  public String label() {
    return label;
  }

  /** Converts text in this encoding (as windows-1252 characters) to Unicode, NFC. */
  public String decode(CharSequence legacy) {
    return table().decode(legacy);
  }

  /**
   * Writes Unicode text in this encoding (as windows-1252 characters; {@code getBytes("windows-1252")} gives
   * the file bytes). TCVN3 has no capital letters with tone marks: they are written with the lower-case codes,
   * as the capitals-only .VnTimeH fonts expect.
   */
  public String encode(CharSequence unicode) {
    return table().encode(Normalizer.normalize(unicode, Normalizer.Form.NFC));
  }

  private Table table() {
    Table t = table;
    if (t == null) {
      synchronized (this) {
        t = table;
        if (t == null) {
          t = new Table(DictionaryResource.lines(resource));
          table = t;
        }
      }
    }
    return t;
  }

  /** Sequence (1 or 2 windows-1252 characters) ↔ letter. */
  private static final class Table {
    private final Map<String, String> toUnicode = new HashMap<>();
    private final Map<String, String> fromUnicode = new LinkedHashMap<>();
    private final boolean hasPairs;

    Table(List<String> lines) {
      for (String line : lines) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException("bad legacy table line: " + line);
        }
        String sequence = DictionaryResource.windows1252(line.substring(0, tab));
        String letter = Normalizer.normalize(line.substring(tab + 1).strip(), Normalizer.Form.NFC);
        toUnicode.put(sequence, letter);
        fromUnicode.putIfAbsent(letter, sequence);
      }
      hasPairs = toUnicode.keySet().stream().anyMatch(k -> k.length() > 1);
    }

    String decode(CharSequence text) {
      StringBuilder out = new StringBuilder(text.length());
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (hasPairs && i + 1 < n) {
          char mark = text.charAt(i + 1);
          String pair = toUnicode.get(new String(new char[] {c, mark}));
          if (pair == null && Character.isLetter(c)) {
            // a capital base with a lower-case mark (or the reverse) still means the same letter
            char sameCase = Character.isUpperCase(c) ? Character.toUpperCase(mark) : Character.toLowerCase(mark);
            if (sameCase != mark) {
              pair = toUnicode.get(new String(new char[] {c, sameCase}));
            }
          }
          if (pair != null) {
            out.append(pair);
            i++;
            continue;
          }
        }
        String single = c >= 0x80 ? toUnicode.get(String.valueOf(c)) : null;
        out.append(single != null ? single : String.valueOf(c));
      }
      return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    String encode(String text) {
      StringBuilder out = new StringBuilder(text.length() + 16);
      for (int i = 0; i < text.length(); i++) {
        String letter = String.valueOf(text.charAt(i));
        String sequence = fromUnicode.get(letter);
        if (sequence == null && !letter.equals(letter.toLowerCase(java.util.Locale.ROOT))) {
          sequence = fromUnicode.get(letter.toLowerCase(java.util.Locale.ROOT));
        }
        out.append(sequence != null ? sequence : letter);
      }
      return out.toString();
    }
  }
}
