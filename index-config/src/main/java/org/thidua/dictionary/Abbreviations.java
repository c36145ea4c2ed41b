package org.thidua.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArrayMap;
import org.thidua.analysis.fold.VietnameseFolding;
import org.thidua.analysis.normalize.VietnameseNormalizer;

/**
 * The abbreviation dictionary ({@code TĐKT → thi đua, khen thưởng}, {@code UBND → Ủy ban nhân dân} …), read from a
 * tab-separated file (bundled: {@code org/thidua/dictionary/abbreviations.tsv}).
 *
 * <p>Matching, shared by {@link #lookup} and the analysis filter so that both agree:
 *
 * <ul>
 *   <li>Case does not matter ({@code TĐKT}, {@code Tđkt}, {@code tđkt}), except for abbreviations that are also
 *       Vietnamese syllables ({@code TU} Tỉnh ủy vs "tu", {@code DA} Dự án vs "da", {@code HU}, {@code ĐU}): those
 *       match only as written or in capitals, so ordinary words are never taken for abbreviations.
 *   <li>When nothing matches as written, the token is matched without diacritics ({@code TDKT}, {@code tdkt},
 *       {@code ubnd}, {@code LDLD}), as people type queries; the same case rule applies.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Abbreviations {

  /** Classpath location of the bundled dictionary. */
  public static final String BUNDLED_RESOURCE = "org/thidua/dictionary/abbreviations.tsv";

  /**
   * One abbreviation and its expansions, both normalised ({@link VietnameseNormalizer}); the first expansion is the
   * preferred one.
   *
   * @param capitalsOnly true when the abbreviation is also a Vietnamese syllable and must be written as in the
   *     dictionary or in capitals to count
   */
  public record Abbreviation(String abbreviation, List<String> expansions, boolean capitalsOnly) {
    public Abbreviation {
      expansions = List.copyOf(expansions);
    }

    public String preferredExpansion() {
      return expansions.getFirst();
    }
  }

  private static final class BundledHolder {
    static final Abbreviations BUNDLED = loadBundled();

    private static Abbreviations loadBundled() {
      try (InputStream in = Abbreviations.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled dictionary " + BUNDLED_RESOURCE + " is missing from the classpath");
        }
        return parse(in, BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // A Vietnamese syllable without diacritics: onset, one to three vowels, optional final consonant.
  private static final Pattern SYLLABLE =
      Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

  private final List<Abbreviation> entries;
  // every entry under its folded form, case-insensitively; the rules are checked on the few candidates a key finds
  private final CharArrayMap<List<Candidate>> byFoldedForm;
  private final int maxLength;

  /** An entry with the forms its matching rules compare against. */
  private record Candidate(Abbreviation entry, char[] upper, char[] folded, char[] foldedUpper) {
    static Candidate of(Abbreviation a) {
      String upper = a.abbreviation().toUpperCase(Locale.ROOT);
      return new Candidate(
          a,
          upper.toCharArray(),
          VietnameseFolding.fold(a.abbreviation()).toCharArray(),
          VietnameseFolding.fold(upper).toCharArray());
    }

    /** The token as written: any case, or for capitals-only entries as in the dictionary or in capitals. */
    boolean matchesAsWritten(char[] buffer, int offset, int length) {
      String form = entry.abbreviation();
      if (!entry.capitalsOnly()) {
        return equalsIgnoreCase(form, buffer, offset, length);
      }
      return equals(form.toCharArray(), buffer, offset, length) || equals(upper, buffer, offset, length);
    }

    /** The folded token (the key already matched it ignoring case). */
    boolean matchesFolded(char[] folded, int length) {
      return !entry.capitalsOnly() || equals(this.folded, folded, 0, length) || equals(foldedUpper, folded, 0, length);
    }

    private static boolean equals(char[] form, char[] buffer, int offset, int length) {
      return java.util.Arrays.equals(form, 0, form.length, buffer, offset, offset + length);
    }

    private static boolean equalsIgnoreCase(String form, char[] buffer, int offset, int length) {
      if (form.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        char a = form.charAt(i);
        char b = buffer[offset + i];
        if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
          return false;
        }
      }
      return true;
    }
  }

  private Abbreviations(List<Abbreviation> entries) {
    this.entries = List.copyOf(entries);
    this.byFoldedForm = new CharArrayMap<>(entries.size(), true);
    int max = 0;
    for (Abbreviation a : this.entries) {
      max = Math.max(max, a.abbreviation().length());
      Candidate c = Candidate.of(a);
      String key = new String(c.folded()); // a String key: CharArrayMap lowercases char[] keys in place
      List<Candidate> list = byFoldedForm.get(key);
      if (list == null) {
        list = new ArrayList<>(1);
        byFoldedForm.put(key, list);
      }
      list.add(c);
    }
    this.maxLength = max;
  }

  /** The bundled dictionary, loaded once. */
  public static Abbreviations bundled() {
    return BundledHolder.BUNDLED;
  }

  /** Reads a dictionary file (UTF-8). */
  public static Abbreviations load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Reads a dictionary in the bundled format: {@code ABBREVIATION<TAB>expansion} per line, {@code #} comments,
   * blank lines ignored; an abbreviation on several lines has several expansions.
   *
   * @param source a name for error messages
   * @throws IllegalArgumentException naming the source and line for a malformed line
   * @throws CharacterCodingException when the input is not UTF-8
   */
  public static Abbreviations parse(InputStream in, String source) throws IOException {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return parse(reader, source);
  }

  /** As {@link #parse(InputStream, String)}, from characters. */
  public static Abbreviations parse(Reader in, String source) throws IOException {
    Map<String, List<String>> expansions = new LinkedHashMap<>();
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(
            source + ":" + lineNumber + ": expected ABBREVIATION<TAB>expansion, found no tab in: " + line);
      }
      String abbreviation = VietnameseNormalizer.normalize(line.substring(0, tab)).strip();
      String expansion = VietnameseNormalizer.normalize(line.substring(tab + 1)).strip();
      if (abbreviation.isEmpty() || expansion.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + lineNumber + ": empty abbreviation or expansion: " + line);
      }
      if (abbreviation.chars().anyMatch(Character::isWhitespace) || expansion.indexOf('\t') >= 0) {
        throw new IllegalArgumentException(
            source + ":" + lineNumber + ": an abbreviation is one word and a line has one tab: " + line);
      }
      List<String> list = expansions.computeIfAbsent(abbreviation, k -> new ArrayList<>(1));
      if (!list.contains(expansion)) {
        list.add(expansion);
      }
    }
    List<Abbreviation> entries = new ArrayList<>(expansions.size());
    expansions.forEach((abbr, exp) -> entries.add(new Abbreviation(abbr, exp, isSyllable(abbr))));
    return new Abbreviations(entries);
  }

  /** True when {@code word}, without diacritics and case, could be one Vietnamese syllable ("tu", "đa", "hu"). */
  public static boolean isSyllable(String word) {
    return SYLLABLE.matcher(VietnameseFolding.fold(word.toLowerCase(Locale.ROOT))).matches();
  }

  /**
   * True when {@code buffer[offset, offset+length)} is a Vietnamese syllable written in capitals ("SỞ", "PHÁP",
   * "DẠNG"). Next to such a word, an abbreviation that is also a syllable is a word of a heading in capitals, not
   * an abbreviation: "SỞ TƯ PHÁP" is not "Sở Trung ương Pháp", "ĐA DẠNG" is not "Đề án dạng".
   */
  public static boolean isCapitalSyllable(char[] buffer, int offset, int length) {
    if (length == 0) {
      return false;
    }
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (!Character.isLetter(c) || Character.isLowerCase(c)) {
        return false;
      }
    }
    return isSyllable(new String(buffer, offset, length));
  }

  /**
   * True when matches of {@code token} depend on its neighbours: every match is a capitals-only abbreviation, which
   * a neighbouring {@linkplain #isCapitalSyllable capital syllable} turns back into a word.
   */
  public static boolean needsContext(List<Abbreviation> matches) {
    if (matches.isEmpty()) {
      return false;
    }
    for (Abbreviation a : matches) {
      if (!a.capitalsOnly()) {
        return false;
      }
    }
    return true;
  }

  /** All entries, in file order. */
  public List<Abbreviation> entries() {
    return entries;
  }

  /** The longest abbreviation's length; longer tokens never match. */
  public int maxLength() {
    return maxLength;
  }

  /** The entries {@code token} stands for (see the class comment for the rules); empty when none. */
  public List<Abbreviation> lookup(CharSequence token) {
    char[] chars = token.toString().toCharArray();
    return lookup(chars, 0, chars.length, new char[chars.length]);
  }

  /**
   * As {@link #lookup(CharSequence)}, on {@code buffer[offset, offset+length)}, without allocating.
   *
   * @param scratch at least {@code length} chars, used for the folded form
   */
  public List<Abbreviation> lookup(char[] buffer, int offset, int length, char[] scratch) {
    if (length == 0 || length > maxLength) {
      return List.of();
    }
    System.arraycopy(buffer, offset, scratch, 0, length);
    int foldedLength = VietnameseFolding.fold(scratch, length, scratch);
    List<Candidate> candidates = byFoldedForm.get(scratch, 0, foldedLength);
    if (candidates == null) {
      return List.of();
    }
    // as written first: "DA" is Dự án even though "ĐA" (Đề án) folds to it too
    List<Abbreviation> found = new ArrayList<>(1);
    for (Candidate c : candidates) {
      if (c.matchesAsWritten(buffer, offset, length)) {
        found.add(c.entry());
      }
    }
    if (found.isEmpty()) {
      for (Candidate c : candidates) {
        if (c.matchesFolded(scratch, foldedLength)) {
          found.add(c.entry());
        }
      }
    }
    return found;
  }

  /**
   * Replaces each abbreviation in {@code text} by its preferred expansion: {@code "Ban TĐKT, Sở Nội vụ"} → {@code
   * "Ban thi đua, khen thưởng, Sở Nội vụ"}. A word is a run of letters, digits and the joiners {@code & / - _}
   * inside it (a comma too, when the run is listed: {@code VH,TT&DL}); a number-symbol such as {@code 05/KH-UBND} is one word and is left alone, and so is an abbreviation
   * that is also a syllable next to a word in capitals ("SỞ TƯ PHÁP"). The text is normalised first.
   */
  public String expand(CharSequence text) {
    String s = VietnameseNormalizer.normalize(text);
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = s.length();
    char[] scratch = new char[Math.max(16, maxLength)];
    char[] chars = s.toCharArray();
    // words as [start, end) pairs, then one decision per word with its neighbours in view
    List<int[]> words = new ArrayList<>();
    while (i < n) {
      if (!isWordChar(chars[i])) {
        i++;
        continue;
      }
      int start = i;
      boolean comma = false;
      while (i < n && (isWordChar(chars[i]) || (isJoiner(chars[i]) && i + 1 < n && isWordChar(chars[i + 1])))) {
        comma |= chars[i] == ',';
        i++;
      }
      if (comma && lookup(chars, start, i - start, scratch).isEmpty()) {
        // a comma joins only a listed form ("VH,TT&DL"); elsewhere it separates words ("UBND,HĐND")
        for (int p = start, k = start; k <= i; k++) {
          if (k == i || chars[k] == ',') {
            words.add(new int[] {p, k});
            p = k + 1;
          }
        }
      } else {
        words.add(new int[] {start, i});
      }
    }
    for (int w = 0; w < words.size(); w++) {
      int start = words.get(w)[0];
      int end = words.get(w)[1];
      List<Abbreviation> found = lookup(chars, start, end - start, scratch);
      if (needsContext(found) && (capitalNeighbour(chars, words, w - 1) || capitalNeighbour(chars, words, w + 1))) {
        found = List.of();
      }
      if (!found.isEmpty()) {
        if (out == null) {
          out = new StringBuilder(n + 32);
        }
        out.append(s, copied, start).append(found.getFirst().preferredExpansion());
        copied = end;
      }
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, n).toString();
  }

  private static boolean capitalNeighbour(char[] chars, List<int[]> words, int w) {
    if (w < 0 || w >= words.size()) {
      return false;
    }
    int[] span = words.get(w);
    return isCapitalSyllable(chars, span[0], span[1] - span[0]);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isJoiner(char c) {
    return c == '&' || c == '/' || c == '-' || c == '_' || c == ',';
  }
}
