package org.thidua.ingest.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.thidua.ingest.plan.Plan;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;
import org.thidua.schema.IndexSchema;
import org.thidua.schema.SchemaAnalyzers;

/**
 * The embedded index of plans at one folder: the Lucene index ({@code <dir>/lucene}), the original files by hash
 * ({@code <dir>/files}), one writer and near-real-time searchers.
 *
 * <p>Each plan is one block of documents, written with a single {@link IndexWriter#updateDocuments} that also
 * deletes the plan it replaces, so a plan is in a commit whole or not at all. Callers decide when to
 * {@link #commit()}: a crash loses what was added since, never part of a plan.
 *
 * <p>Identity rules: the same bytes (SHA-256) are never indexed twice; a different file from the same
 * {@linkplain Fields#SOURCE source} replaces the plan that came from there.
 */
public final class PlanIndex implements Closeable {
  private static final Query PLAN_DOCS = new TermQuery(new Term(Fields.KIND, DocKind.PLAN.value()));

  private final Path dir;
  private final SchemaAnalyzers analyzers;
  private final FacetsConfig facetsConfig = PlanDocuments.facetsConfig();
  private final PlanDocuments documents = new PlanDocuments(facetsConfig);
  private final Directory directory;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers;
  private final SourceFileStore files;

  // what is indexed, including changes not yet committed; rebuilt from the last commit on open
  private final Map<String, IndexedPlan> byId = new HashMap<>();
  private final Map<String, IndexedPlan> bySha256 = new HashMap<>();
  private final Map<String, IndexedPlan> bySource = new HashMap<>();
  private final Set<String> filesToDelete = new HashSet<>();
  private final ReentrantReadWriteLock updates = new ReentrantReadWriteLock();

  private PlanIndex(Path dir, SchemaAnalyzers analyzers, boolean writable) throws IOException {
    this.dir = dir;
    this.analyzers = analyzers;
    if (!writable) {
      requireExisting(dir);
    }
    Directory d = FSDirectory.open(dir.resolve("lucene"));
    IndexWriter w = null;
    try {
      checkVersion(d, dir);
      SearcherFactory factory = TermFilterCache.searchers();
      if (writable) {
        IndexWriterConfig config =
            new IndexWriterConfig(analyzers.indexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        w = new IndexWriter(d, config);
        if (!DirectoryReader.indexExists(d)) {
          setCommitData(w);
          w.commit();
        }
        this.searchers = new SearcherManager(w, true, false, factory);
      } else {
        this.searchers = new SearcherManager(d, factory);
      }
      this.directory = d;
      this.writer = w;
      this.files = new SourceFileStore(dir.resolve("files"));
      loadIdentities();
      if (writable) {
        // files of plans added but never committed before a crash, or of plans deleted just before one
        files.retainOnly(bySha256.keySet());
      }
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(w, d);
      throw e;
    }
  }

  /** Opens (creating when absent) the index at {@code dir} for reading and writing; one writer per folder. */
  public static PlanIndex open(Path dir, SchemaAnalyzers analyzers) throws IOException {
    Files.createDirectories(dir);
    return new PlanIndex(dir.toAbsolutePath().normalize(), analyzers, true);
  }

  /** Opens an existing index for searching only, beside a process that may be writing to it. */
  public static PlanIndex openReadOnly(Path dir, SchemaAnalyzers analyzers) throws IOException {
    return new PlanIndex(dir.toAbsolutePath().normalize(), analyzers, false);
  }

  /** Fails, saying how to create one, unless there is an index at {@code dir}. */
  public static void requireExisting(Path dir) throws IOException {
    Path lucene = dir.resolve("lucene");
    boolean exists = Files.isDirectory(lucene); // checked first: opening a Directory would create the folder
    if (exists) {
      try (Directory d = FSDirectory.open(lucene)) {
        exists = DirectoryReader.indexExists(d);
      }
    }
    if (!exists) {
      throw new IndexNotFoundException(
          "no thidua index at " + dir + " (create one with: thidua.jar ingest --index " + dir + " FILES...)");
    }
  }

  public Path dir() {
    return dir;
  }

  public SchemaAnalyzers analyzers() {
    return analyzers;
  }

  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  // ---- writing

  /** The outcome of {@link #put}. */
  public enum Change {
    /** A new plan. */
    ADDED,
    /** A plan from the same source, with other bytes, was replaced. */
    REPLACED,
    /** These bytes are already indexed: nothing was written. */
    UNCHANGED
  }

  /**
   * @param change what happened
   * @param plan the plan now indexed for these bytes
   * @param replaced the plan that was replaced, with {@link Change#REPLACED}
   */
  public record PutResult(Change change, IndexedPlan plan, IndexedPlan replaced) {}

  /** The plan indexed for these bytes, if any, including changes not yet committed. */
  public synchronized Optional<IndexedPlan> findBySha256(String sha256) {
    return Optional.ofNullable(bySha256.get(sha256));
  }

  public synchronized Optional<IndexedPlan> find(String planId) {
    return Optional.ofNullable(byId.get(planId));
  }

  public synchronized int planCount() {
    return byId.size();
  }

  /**
   * Adds a plan and keeps its original file, or replaces the plan from the same source; not yet committed. Safe to
   * call from several threads at once: the analysis of different plans runs in parallel.
   *
   * @param plan the extracted plan; its id and sha256 must be those of {@code original}
   * @param source where it comes from (absolute path, {@code upload:<name>}, …)
   * @param original the file's bytes
   */
  public PutResult put(Plan plan, String source, byte[] original) throws IOException {
    requireWritable();
    IndexedPlan added = new IndexedPlan(plan.id(), plan.sha256(), source);
    IndexedPlan previous;
    updates.readLock().lock(); // shared with other puts, exclusive of commit and delete
    try {
      synchronized (this) {
        IndexedPlan same = bySha256.get(plan.sha256());
        if (same != null) {
          return new PutResult(Change.UNCHANGED, same, null);
        }
        previous = bySource.get(source);
        if (previous != null) {
          forget(previous);
        }
        remember(added);
      }
      try {
        List<Document> block = documents.build(plan, source, PlanJson.write(plan), Instant.now());
        files.put(plan.sha256(), original);
        // one call: the old plan's block goes and the new one comes in together
        BooleanQuery.Builder delete = new BooleanQuery.Builder();
        delete.add(new TermQuery(new Term(Fields.PLAN_ID, plan.id())), Occur.SHOULD);
        if (previous != null) {
          delete.add(new TermQuery(new Term(Fields.PLAN_ID, previous.planId())), Occur.SHOULD);
        }
        writer.updateDocuments(delete.build(), block);
      } catch (IOException | RuntimeException e) {
        synchronized (this) {
          forget(added);
          if (previous != null) {
            remember(previous);
          }
        }
        throw e;
      }
    } finally {
      updates.readLock().unlock();
    }
    return new PutResult(previous == null ? Change.ADDED : Change.REPLACED, added, previous);
  }

  /** Deletes a plan and (at the next commit) its original file. */
  public Optional<IndexedPlan> delete(String planId) throws IOException {
    requireWritable();
    updates.writeLock().lock();
    try {
      IndexedPlan plan;
      synchronized (this) {
        plan = byId.get(planId);
        if (plan == null) {
          return Optional.empty();
        }
        forget(plan);
      }
      writer.deleteDocuments(new Term(Fields.PLAN_ID, planId));
      return Optional.of(plan);
    } finally {
      updates.writeLock().unlock();
    }
  }

  /**
   * Makes every change so far durable, removes files no plan needs any more, and refreshes searchers. Waits for
   * puts in progress, so that a commit never holds a plan whose replacement is half written.
   */
  public void commit() throws IOException {
    requireWritable();
    updates.writeLock().lock();
    try {
      setCommitData(writer);
      writer.commit();
      List<String> unused;
      synchronized (this) {
        unused = filesToDelete.stream().filter(sha -> !bySha256.containsKey(sha)).toList();
        filesToDelete.clear();
      }
      for (String sha256 : unused) {
        files.delete(sha256);
      }
    } finally {
      updates.writeLock().unlock();
    }
    searchers.maybeRefreshBlocking();
  }

  /**
   * Merges the index into at most {@code maxSegments} segments and commits. A search pays per segment (term
   * look-ups, postings opened, per-segment arrays), so an index that is read far more than written — plans arrive
   * in batches — searches faster merged: on a million tasks, 12 segments → 2 cut the CPU of a search by about 15 %.
   * Rewrites the whole index (about 8 s per million tasks here); searches go on meanwhile.
   *
   * @return the number of segments before and after
   */
  public int[] optimize(int maxSegments) throws IOException {
    requireWritable();
    if (maxSegments < 1) {
      throw new IllegalArgumentException("maxSegments must be at least 1, was " + maxSegments);
    }
    updates.writeLock().lock();
    try {
      setCommitData(writer);
      writer.commit();
      int before = SegmentInfos.readLatestCommit(directory).size();
      writer.forceMerge(maxSegments);
      setCommitData(writer);
      writer.commit();
      int after = SegmentInfos.readLatestCommit(directory).size();
      searchers.maybeRefreshBlocking();
      return new int[] {before, after};
    } finally {
      updates.writeLock().unlock();
    }
  }

  private void remember(IndexedPlan plan) {
    byId.put(plan.planId(), plan);
    bySha256.put(plan.sha256(), plan);
    bySource.put(plan.source(), plan);
    filesToDelete.remove(plan.sha256());
  }

  private void forget(IndexedPlan plan) {
    byId.remove(plan.planId());
    bySha256.remove(plan.sha256());
    bySource.remove(plan.source(), plan);
    filesToDelete.add(plan.sha256());
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("the index at " + dir + " is open read-only");
    }
  }

  private static void setCommitData(IndexWriter w) {
    w.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, Integer.toString(IndexSchema.VERSION)).entrySet());
  }

  private static void checkVersion(Directory d, Path dir) throws IOException {
    if (!DirectoryReader.indexExists(d)) {
      return;
    }
    String version = SegmentInfos.readLatestCommit(d).getUserData().get(IndexSchema.VERSION_KEY);
    if (!Integer.toString(IndexSchema.VERSION).equals(version)) {
      throw new IOException(
          "the index at "
              + dir
              + " was built with schema version "
              + (version == null ? "unknown" : version)
              + ", this thidua needs version "
              + IndexSchema.VERSION
              + ": delete the folder and ingest the plans again");
    }
  }

  private void loadIdentities() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      Set<String> fields = Set.of(Fields.PLAN_ID, Fields.SHA256, Fields.SOURCE);
      Weight weight = searcher.createWeight(searcher.rewrite(PLAN_DOCS), ScoreMode.COMPLETE_NO_SCORES, 1f);
      // every plan document, segment by segment (no top-N queue the size of the index)
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc, fields);
            remember(new IndexedPlan(d.get(Fields.PLAN_ID), d.get(Fields.SHA256), d.get(Fields.SOURCE)));
          }
        }
      }
      filesToDelete.clear();
    } finally {
      release(searcher);
    }
  }


  // ---- reading

  /** A point-in-time searcher; give it back with {@link #release}. */
  public IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** The extracted plan as stored, JSON. */
  public Optional<String> planJson(String planId) throws IOException {
    return planDocument(planId, Set.of(Fields.PLAN_JSON)).map(d -> d.get(Fields.PLAN_JSON));
  }

  public Optional<Plan> plan(String planId) throws IOException {
    return planJson(planId).map(PlanJson::read);
  }

  /** The original file of a plan. */
  public Optional<StoredSource> source(String planId) throws IOException {
    return planDocument(planId, Set.of(Fields.SHA256, Fields.FILE_NAME, Fields.MEDIA_TYPE))
        .filter(d -> files.contains(d.get(Fields.SHA256)))
        .map(
            d ->
                new StoredSource(
                    Optional.ofNullable(d.get(Fields.FILE_NAME)).orElse(d.get(Fields.SHA256)),
                    Optional.ofNullable(d.get(Fields.MEDIA_TYPE)).orElse("application/octet-stream"),
                    files.path(d.get(Fields.SHA256))));
  }

  private Optional<Document> planDocument(String planId, Set<String> fields) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      Query query =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Fields.ID, planId)), Occur.FILTER)
              .add(PLAN_DOCS, Occur.FILTER)
              .build();
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc, fields));
    } finally {
      release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    List<Closeable> toClose = new ArrayList<>();
    toClose.add(searchers);
    if (writer != null) {
      try {
        commit();
      } finally {
        toClose.add(writer);
      }
    }
    toClose.add(directory);
    IOUtils.close(toClose);
  }
}
