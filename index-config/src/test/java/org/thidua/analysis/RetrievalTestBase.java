package org.thidua.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.QueryBuilder;
import org.thidua.analysis.fold.VietnameseFolding;
import org.thidua.analysis.normalize.VietnameseNormalizer;
import org.thidua.dictionary.Abbreviations;

/**
 * Searches a real Lucene index of the seed plans (one document per paragraph) plus a few constructed paragraphs,
 * indexed in the exact and the folded field and queried with {@link VietnameseQueryBuilder}. What a query must find
 * is computed from the paragraphs' text with plain string checks, independently of the analyzers.
 */
public abstract class RetrievalTestBase extends LuceneTestCase {

  protected abstract Path modelDir();

  private static final String EXACT = "body_exact";
  private static final String FOLDED = "body_folded";

  // constructed paragraphs: a diacritic-only twin, both tone spellings, an abbreviation-only one, an unrelated one
  private static final String EXACT_SPELLING = "Tổ chức kiểm tra việc thực hiện chế độ chính sách tại các đơn vị.";
  private static final String FOLDED_ONLY = "Tổ chức kiêm trà việc thực hiện chế độ chính sách tại các đơn vị.";
  private static final String OLD_TONES = "Hỗ trợ người khuyết tật hoà nhập cộng đồng.";
  private static final String NEW_TONES = "Phong trào hòa nhập cộng đồng của người khuyết tật.";
  private static final String ABBREVIATED = "Ban TĐKT, Sở Nội vụ hướng dẫn chấm điểm.";
  private static final String SPELLED_OUT = "Tổng kết công tác thi đua, khen thưởng của Ủy ban nhân dân huyện.";
  private static final String PARTY = "Thực hiện chỉ đạo của Tỉnh ủy về công tác cán bộ.";
  private static final String UNRELATED = "Hội diễn văn nghệ quần chúng chào mừng ngày Quốc khánh.";

  private Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private VietnameseQueryBuilder queries;
  private Analyzer exactQuery;
  private Analyzer foldedQuery;
  private final Map<String, String> texts = new LinkedHashMap<>(); // id → paragraph

  @Override
  public void setUp() throws Exception {
    super.setUp();
    Path model = modelDir();
    List<String> seeds = SharedTestData.seeds();
    for (int s = 0; s < seeds.size(); s++) {
      String[] lines = seeds.get(s).split("\n");
      for (int l = 0; l < lines.length; l++) {
        if (!lines[l].isBlank()) {
          texts.put("seed" + s + ":" + (l + 1), lines[l]);
        }
      }
    }
    texts.put("exact-spelling", EXACT_SPELLING);
    texts.put("folded-only", FOLDED_ONLY);
    texts.put("old-tones", OLD_TONES);
    texts.put("new-tones", NEW_TONES);
    texts.put("abbreviated", ABBREVIATED);
    texts.put("spelled-out", SPELLED_OUT);
    texts.put("party", PARTY);
    texts.put("unrelated", UNRELATED);

    Map<String, Analyzer> perField = new HashMap<>();
    perField.put(EXACT, ThiduaAnalyzers.exactIndex(model));
    perField.put(FOLDED, ThiduaAnalyzers.foldedIndex(model));
    directory = new ByteBuffersDirectory();
    try (Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(ThiduaAnalyzers.foldedIndex(model), perField);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer).setSimilarity(new BM25Similarity()))) {
      for (Map.Entry<String, String> e : texts.entrySet()) {
        Document doc = new Document();
        doc.add(new StringField("id", e.getKey(), Field.Store.YES));
        doc.add(new StoredField("body", e.getValue()));
        doc.add(new TextField(EXACT, e.getValue(), Field.Store.NO));
        doc.add(new TextField(FOLDED, e.getValue(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity());
    exactQuery = ThiduaAnalyzers.exactQuery(model);
    foldedQuery = ThiduaAnalyzers.foldedQuery(model);
    queries =
        new VietnameseQueryBuilder(
            exactQuery, EXACT, foldedQuery, FOLDED, VietnameseQueryBuilder.DEFAULT_EXACT_BONUS);
  }

  @Override
  public void tearDown() throws Exception {
    // setUp may have stopped early (missing seeds or model: the test is skipped)
    org.apache.lucene.util.IOUtils.close(reader, directory, exactQuery, foldedQuery);
    super.tearDown();
  }

  /** Ids of the hits, best first. */
  private List<String> search(String text) throws IOException {
    Query q = queries.build(text);
    assertNotNull(text, q);
    return run(q);
  }

  private List<String> run(Query q) throws IOException {
    TopDocs top = searcher.search(q, texts.size());
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      ids.add(searcher.storedFields().document(sd.doc).get("id"));
    }
    return ids;
  }

  /**
   * Ids of the paragraphs whose normalised, lowercased text contains {@code phrase} as whole words, not inside a
   * number-symbol such as 177/KH-UBND.
   */
  private Set<String> containing(String phrase) {
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])" + Pattern.quote(VietnameseNormalizer.normalize(phrase).toLowerCase(Locale.ROOT))
                + "(?![\\p{L}\\p{N}/-])");
    Set<String> ids = new LinkedHashSet<>();
    texts.forEach((id, t) -> {
      if (p.matcher(VietnameseNormalizer.normalize(t).toLowerCase(Locale.ROOT)).find()) {
        ids.add(id);
      }
    });
    return ids;
  }

  /**
   * Whether the paragraph, with its abbreviations written out, has every one of {@code syllables} as a syllable,
   * ignoring diacritics and case.
   */
  private boolean hasSyllables(String id, String... syllables) {
    Set<String> words = new LinkedHashSet<>();
    String expanded = Abbreviations.bundled().expand(texts.get(id)) + " " + texts.get(id);
    String folded = VietnameseFolding.fold(VietnameseNormalizer.normalize(expanded)).toLowerCase(Locale.ROOT);
    for (String w : Pattern.compile("[^\\p{L}\\p{N}]+").split(folded)) {
      words.add(w);
    }
    for (String s : syllables) {
      if (!words.contains(s)) {
        return false;
      }
    }
    return true;
  }

  private void assertFound(List<String> hits, Set<String> expected) {
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(hits);
    assertTrue("not found: " + missing.stream().map(id -> id + " " + texts.get(id)).toList(), missing.isEmpty());
  }

  public void testKiemTraWithAndWithoutDiacritics() throws IOException {
    List<String> exact = search("kiểm tra");
    List<String> bare = search("kiem tra");
    Set<String> spelled = containing("kiểm tra");
    assertTrue(spelled.size() >= 3); // seed paragraphs and the constructed one
    assertTrue(exact.containsAll(spelled));
    assertTrue(bare.containsAll(spelled));
    assertTrue(bare.contains("folded-only"));
    assertTrue(exact.contains("folded-only")); // diacritics are optional, they only rank
    for (String id : bare) {
      assertTrue(id + ": " + texts.get(id), hasSyllables(id, "kiem", "tra"));
    }
    assertEquals(new LinkedHashSet<>(exact), new LinkedHashSet<>(bare));
    // exact-diacritic matches first: every paragraph spelled "kiểm tra" ranks above every one that is not
    int lastSpelled = -1;
    int firstOther = Integer.MAX_VALUE;
    for (int i = 0; i < exact.size(); i++) {
      if (spelled.contains(exact.get(i))) {
        lastSpelled = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertTrue("ranking " + exact, lastSpelled < firstOther);
    assertTrue(exact.indexOf("exact-spelling") < exact.indexOf("folded-only"));
    assertFalse(exact.contains("unrelated"));
  }

  public void testAbbreviationFindsTheWordsAndTheReverse() throws IOException {
    List<String> abbreviation = search("TĐKT");
    Set<String> written = containing("tđkt");
    Set<String> spelledOut = containing("thi đua, khen thưởng");
    spelledOut.addAll(containing("thi đua khen thưởng"));
    assertTrue(written.contains("abbreviated") && written.size() >= 5);
    assertTrue(spelledOut.size() >= 10);
    assertFound(abbreviation, written);
    assertFound(abbreviation, spelledOut);
    for (String id : abbreviation) {
      assertTrue(texts.get(id), hasSyllables(id, "tdkt") || hasSyllables(id, "thi", "dua", "khen", "thuong"));
    }
    assertFalse(abbreviation.contains("unrelated"));

    List<String> words = search("thi đua khen thưởng");
    assertTrue(words.containsAll(written)); // "thi đua khen thưởng" finds "TĐKT"
    assertTrue(words.contains("abbreviated"));
    assertTrue(words.containsAll(spelledOut));

    // the same documents whatever the case and diacritics of the query
    Set<String> expected = new LinkedHashSet<>(abbreviation);
    for (String form : new String[] {"tdkt", "Tđkt", "TDKT", "tđkt"}) {
      assertEquals(form, expected, new LinkedHashSet<>(search(form)));
    }
    assertEquals(new LinkedHashSet<>(words), new LinkedHashSet<>(search("thi dua khen thuong")));
  }

  /**
   * The contract of index-time contraction: an abbreviation in the query is one term per field (no disjunction with
   * its words), and still finds the words, with or without diacritics; the words find the abbreviation.
   */
  public void testAbbreviationQueryIsOneTermPerField() throws IOException {
    assertEquals(oneTermPerField("tdkt", "tđkt"), queries.build("TĐKT"));
    assertEquals(oneTermPerField("tdkt", "tđkt"), queries.build("tđkt"));
    assertEquals(oneTermPerField("tdkt", "tdkt"), queries.build("tdkt"));
    assertEquals(oneTermPerField("ubnd", "ubnd"), queries.build("UBND"));
    for (String q : new String[] {"TĐKT", "tđkt", "tdkt", "TDKT"}) {
      assertTrue(q, search(q).contains("spelled-out"));
      assertTrue(q, search(q).contains("abbreviated"));
    }
    assertTrue(search("UBND").contains("spelled-out"));
    assertTrue(search("ubnd").contains("spelled-out"));
    assertTrue(search("thi đua khen thưởng").contains("abbreviated"));
    assertTrue(search("thi dua khen thuong").contains("abbreviated"));
    // a spelled-out query stays a conjunction of its words
    Query words = queries.build("thi đua khen thưởng");
    BooleanQuery required = (BooleanQuery) ((BooleanQuery) words).clauses().getFirst().query();
    assertEquals(4, required.clauses().size());
    for (BooleanClause c : required.clauses()) {
      assertEquals(BooleanClause.Occur.MUST, c.occur());
      assertTrue(c.query().toString(), c.query() instanceof TermQuery);
    }
  }

  private static Query oneTermPerField(String folded, String exact) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(FOLDED, folded)), BooleanClause.Occur.MUST)
        .add(
            new BoostQuery(
                new ConstantScoreQuery(new TermQuery(new Term(EXACT, exact))),
                VietnameseQueryBuilder.DEFAULT_EXACT_BONUS),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /** TU (Tỉnh ủy) is also the syllable "tu": it is still expanded in the query, and "tu" never finds "Tỉnh ủy". */
  public void testSyllableAbbreviationsStillExpandInTheQuery() throws IOException {
    List<String> tu = search("TU");
    assertTrue(tu.contains("party"));
    assertFound(tu, containing("tỉnh ủy"));
    Query tuFolded = ((BooleanQuery) queries.build("TU")).clauses().getFirst().query();
    assertFalse(tuFolded.toString(), tuFolded instanceof TermQuery); // tu, or tỉnh and ủy
    List<String> word = search("tu");
    assertFalse(word.contains("party"));
    Pattern syllable = Pattern.compile("(?<![\\p{L}\\p{N}])tu(?![\\p{L}\\p{N}])");
    for (String id : word) {
      // the syllable itself (tu, tư, tự, từ …) is in the text, or in an expansion of an abbreviation written there
      // ("TT" is also Thông tư), never only in an abbreviation's expansion that is read as "tu"
      String text = texts.get(id);
      StringBuilder all = new StringBuilder(text);
      for (Abbreviations.Abbreviation a : Abbreviations.bundled().entries()) {
        if (!a.capitalsOnly()
            && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(a.abbreviation()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .find()) {
          a.expansions().forEach(e -> all.append(' ').append(e));
        }
      }
      String folded = VietnameseFolding.fold(VietnameseNormalizer.normalize(all)).toLowerCase(Locale.ROOT);
      assertTrue(id + ": " + text, syllable.matcher(folded).find());
    }
  }

  public void testUnitAbbreviationsBothWays() throws IOException {
    Set<String> ubnd = containing("ubnd");
    Set<String> spelled = containing("ủy ban nhân dân");
    assertFalse(ubnd.isEmpty());
    assertFalse(spelled.isEmpty());
    List<String> byAbbreviation = search("UBND");
    List<String> byWords = search("Uỷ ban nhân dân");
    assertFound(byAbbreviation, ubnd);
    assertFound(byAbbreviation, spelled);
    assertFound(byWords, ubnd);
    assertFound(byWords, spelled);
    // "Lao động - TBXH" and "Thương binh và Xã hội": the stop word inside the expansion is dropped on both sides
    Set<String> tbxh = containing("thương binh và xã hội");
    assertFalse(tbxh.isEmpty());
    assertFound(search("TBXH"), tbxh);
    assertTrue(search("thương binh và xã hội").containsAll(containing("tbxh")));
  }

  public void testPhraseOverAnExpansionWithAStopWordInside() throws IOException {
    Query phrase = new QueryBuilder(exactQuery).createPhraseQuery(EXACT, "TBXH");
    List<String> hits = run(phrase);
    assertTrue(hits.toString(), hits.containsAll(containing("thương binh và xã hội")));
    Query folded = new QueryBuilder(foldedQuery).createPhraseQuery(FOLDED, "TĐKT");
    assertTrue(run(folded).containsAll(containing("thi đua, khen thưởng")));
  }

  public void testToneSpellingsFindEachOther() throws IOException {
    List<String> oldStyle = search("hoà nhập");
    List<String> newStyle = search("hòa nhập");
    assertEquals(oldStyle, newStyle);
    assertTrue(oldStyle.containsAll(List.of("old-tones", "new-tones")));
    assertFalse(oldStyle.contains("unrelated"));
    assertTrue(search("Uỷ ban").containsAll(containing("ủy ban")));
  }

  public void testNothingToSearch() {
    assertNull(queries.build("của các, và"));
    assertNull(queries.build("  ... "));
    expectThrows(
        IllegalArgumentException.class,
        () -> new VietnameseQueryBuilder(exactQuery, EXACT, foldedQuery, FOLDED, 0f));
  }
}
