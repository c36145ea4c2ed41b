package org.thidua.ingest.analytics.overlap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.thidua.ingest.analytics.AnalyticsFields;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;

/**
 * Clusters of near-duplicate tasks and obligations. Candidates come from the index: documents sharing an LSH band
 * term ({@link Fields#LSH_BAND}); each candidate is checked against its bucket's first member with the Jaccard
 * similarity of the indexed shingle sets ({@link Fields#SHINGLES}), and accepted pairs are joined (union-find).
 * No pair is compared unless LSH put it in one bucket, so the work grows with the number of tasks, not its
 * square.
 */
public final class OverlapFinder {
  /** Tasks and obligations. */
  public static final Query TASKS_AND_OBLIGATIONS =
      new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.KIND, DocKind.TASK.value())), Occur.SHOULD)
          .add(new TermQuery(new Term(Fields.KIND, DocKind.OBLIGATION.value())), Occur.SHOULD)
          .build();

  private static final Set<String> MEMBER_FIELDS =
      Set.of(Fields.ID, Fields.KIND, Fields.PLAN_ID, Fields.DOC_NUMBER, Fields.ISSUER, Fields.PROVINCE, Fields.YEAR,
          Fields.QUARTER, Fields.TEXT, Fields.LEAD, Fields.UNIT);
  private static final Set<String> LEAD_FIELDS = Set.of(Fields.LEAD, Fields.UNIT, Fields.ID, Fields.PLAN_ID, Fields.DOC_NUMBER);

  private final PlanIndex index;
  private final int maxBucket;
  private final double doubleSimilarity;

  public OverlapFinder(PlanIndex index) {
    this.index = index;
    this.maxBucket = TextFingerprint.standard().settings().maxBucket();
    this.doubleSimilarity = TextFingerprint.standard().settings().doubleAssignmentSimilarity();
  }

  public double defaultMinSimilarity() {
    return TextFingerprint.standard().settings().minSimilarity();
  }

  /**
   * @param selection the tasks and obligations to cluster (kind filter included)
   * @param minSimilarity Jaccard similarity two members must reach
   * @param offset clusters to skip (biggest first)
   * @param limit clusters to return
   */
  public OverlapResult find(Query selection, double minSimilarity, int offset, int limit) throws IOException {
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("minSimilarity must be greater than 0 and at most 1, was " + minSimilarity);
    }
    IndexSearcher searcher = index.acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      int maxDoc = reader.maxDoc();
      FixedBitSet selected = new FixedBitSet(Math.max(1, maxDoc));
      int[][] shingles = new int[maxDoc][];
      long candidates = load(searcher, selection, selected, shingles);
      int[] block = blocks(searcher, maxDoc);

      UnionFind groups = new UnionFind(maxDoc);
      join(reader, selected, shingles, minSimilarity, groups);

      Map<Integer, List<Integer>> byRoot = new HashMap<>();
      for (int doc = selected.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = doc + 1 < maxDoc ? selected.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        if (groups.size(doc) > 1) {
          byRoot.computeIfAbsent(groups.find(doc), r -> new ArrayList<>()).add(doc);
        }
      }
      List<int[]> clusters = new ArrayList<>(byRoot.size());
      long clustered = 0;
      for (List<Integer> members : byRoot.values()) {
        clusters.add(members.stream().mapToInt(Integer::intValue).toArray());
        clustered += members.size();
      }
      clusters.sort(Comparator.comparingInt((int[] c) -> -c.length).thenComparingInt(c -> c[0]));

      StoredFields stored = searcher.storedFields();
      int doubles = 0;
      List<List<OverlapCluster.DoubleAssignment>> doubleByCluster = new ArrayList<>(clusters.size());
      for (int[] c : clusters) {
        List<OverlapCluster.DoubleAssignment> d = doubleAssignments(c, block, shingles, stored);
        doubleByCluster.add(d);
        if (!d.isEmpty()) {
          doubles++;
        }
      }
      List<OverlapCluster> page = new ArrayList<>();
      for (int i = offset; i < Math.min(clusters.size(), offset + limit); i++) {
        page.add(materialise(clusters.get(i), shingles, stored, doubleByCluster.get(i)));
      }
      return new OverlapResult(candidates, clustered, clusters.size(), page, doubles);
    } finally {
      index.release(searcher);
    }
  }

  /** Marks the selected documents and reads their shingle sets. */
  private static long load(IndexSearcher searcher, Query selection, FixedBitSet selected, int[][] shingles)
      throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(selection), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long n = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.SHINGLES);
      if (scorer == null || values == null) {
        continue;
      }
      var live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
          int global = leaf.docBase + doc;
          selected.set(global);
          shingles[global] = AnalyticsFields.decode(values.binaryValue());
          n++;
        }
      }
    }
    return n;
  }

  /** For each document, the doc id of its plan (the block's last document): members of one plan share it. */
  private static int[] blocks(IndexSearcher searcher, int maxDoc) throws IOException {
    int[] block = new int[maxDoc];
    Weight plans = searcher.createWeight(new TermQuery(new Term(Fields.KIND, DocKind.PLAN.value())), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = plans.scorer(leaf);
      int from = leaf.docBase;
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        int global = leaf.docBase + doc;
        Arrays.fill(block, from, global + 1, global);
        from = global + 1;
      }
    }
    return block;
  }

  /** Joins documents that share a band bucket and are similar enough to the bucket's first member. */
  private void join(IndexReader reader, FixedBitSet selected, int[][] shingles, double min, UnionFind groups)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Fields.LSH_BAND);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    int[] bucket = new int[maxBucket];
    while (te.next() != null) {
      if (te.docFreq() < 2) {
        continue;
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      int n = 0;
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && n < maxBucket; doc = postings.nextDoc()) {
        if (selected.get(doc)) {
          bucket[n++] = doc;
        }
      }
      if (n < 2) {
        continue;
      }
      int anchor = bucket[0];
      for (int i = 1; i < n; i++) {
        int doc = bucket[i];
        int ra = groups.find(anchor);
        int rd = groups.find(doc);
        // the pair must be similar, and so must the two groups' leaders: no drifting chains of paraphrases
        if (ra != rd
            && TextFingerprint.jaccard(shingles[anchor], shingles[doc]) >= min
            && TextFingerprint.jaccard(shingles[groups.leader(ra)], shingles[groups.leader(rd)]) >= min) {
          groups.union(ra, rd);
        }
      }
    }
  }

  /** Members of one plan with the same obligation but different lead units. */
  private List<OverlapCluster.DoubleAssignment> doubleAssignments(
      int[] members, int[] block, int[][] shingles, StoredFields stored) throws IOException {
    TextFingerprint fingerprint = TextFingerprint.standard();
    Map<Integer, List<Integer>> byPlan = new LinkedHashMap<>();
    for (int doc : members) {
      byPlan.computeIfAbsent(block[doc], b -> new ArrayList<>()).add(doc);
    }
    List<OverlapCluster.DoubleAssignment> out = new ArrayList<>();
    for (List<Integer> docs : byPlan.values()) {
      if (docs.size() < 2) {
        continue;
      }
      List<Document> read = new ArrayList<>();
      List<Set<String>> leadKeys = new ArrayList<>();
      for (int doc : docs) {
        Document d = stored.document(doc, LEAD_FIELDS);
        Set<String> keys = new HashSet<>();
        for (String unit : d.getValues(Fields.LEAD)) {
          keys.add(fingerprint.normalize(unit));
        }
        for (String unit : d.getValues(Fields.UNIT)) {
          keys.add(fingerprint.normalize(unit));
        }
        read.add(d);
        leadKeys.add(keys);
      }
      Set<String> leads = new LinkedHashSet<>();
      Set<String> ids = new LinkedHashSet<>();
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          if (!leadKeys.get(i).isEmpty() && !leadKeys.get(j).isEmpty() && !leadKeys.get(i).equals(leadKeys.get(j))
              && TextFingerprint.jaccard(shingles[docs.get(i)], shingles[docs.get(j)]) >= doubleSimilarity) {
            for (int k : new int[] {i, j}) {
              ids.add(read.get(k).get(Fields.ID));
              leads.addAll(List.of(read.get(k).getValues(Fields.LEAD)));
              leads.addAll(List.of(read.get(k).getValues(Fields.UNIT)));
            }
          }
        }
      }
      if (!ids.isEmpty()) {
        Document d = read.get(0);
        out.add(new OverlapCluster.DoubleAssignment(d.get(Fields.PLAN_ID), d.get(Fields.DOC_NUMBER), List.copyOf(ids), List.copyOf(leads)));
      }
    }
    return out;
  }

  private static OverlapCluster materialise(
      int[] members, int[][] shingles, StoredFields stored, List<OverlapCluster.DoubleAssignment> doubles) throws IOException {
    // representative: the member most like the others (first member for big clusters)
    int rep = members[0];
    if (members.length <= 50) {
      double best = -1;
      for (int a : members) {
        double sum = 0;
        for (int b : members) {
          sum += a == b ? 0 : TextFingerprint.jaccard(shingles[a], shingles[b]);
        }
        if (sum > best) {
          best = sum;
          rep = a;
        }
      }
    }
    List<OverlapMember> out = new ArrayList<>(members.length);
    Set<String> plans = new HashSet<>();
    String repText = null;
    int[] ordered = new int[members.length];
    ordered[0] = rep;
    for (int i = 0, j = 1; i < members.length; i++) {
      if (members[i] != rep) {
        ordered[j++] = members[i];
      }
    }
    for (int doc : ordered) {
      Document d = stored.document(doc, MEMBER_FIELDS);
      String year = d.get(Fields.YEAR);
      List<String> lead = new ArrayList<>(List.of(d.getValues(Fields.LEAD)));
      lead.addAll(List.of(d.getValues(Fields.UNIT)));
      double similarity = Math.round(TextFingerprint.jaccard(shingles[rep], shingles[doc]) * 1000) / 1000.0;
      out.add(new OverlapMember(d.get(Fields.ID), d.get(Fields.PLAN_ID), d.get(Fields.DOC_NUMBER), d.get(Fields.ISSUER),
          d.get(Fields.PROVINCE), year == null ? null : Integer.valueOf(year), d.get(Fields.QUARTER), d.get(Fields.TEXT),
          lead, similarity));
      plans.add(d.get(Fields.PLAN_ID));
      if (repText == null) {
        repText = d.get(Fields.TEXT);
      }
    }
    return new OverlapCluster(repText, members.length, plans.size(), out, doubles);
  }

  /** Disjoint sets over doc ids, with path halving and union by size. */
  static final class UnionFind {
    private final int[] parent;
    private final int[] size;
    private final int[] leader;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      leader = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
        leader[i] = i;
      }
    }

    /** The first member of the root's group, kept from the bigger group on each union. */
    int leader(int root) {
      return leader[root];
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }

    int size(int x) {
      return size[find(x)];
    }
  }
}
