package org.thidua.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thidua.ingest.index.IngestOutcome.Status;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;
import org.thidua.schema.TextVariant;

class PlanIngesterTest {
  @TempDir Path tmp;

  private Path write(TestPlans.Fixture fixture) throws IOException {
    return Files.write(tmp.resolve("in").resolve(fixture.fileName()), fixture.bytes());
  }

  private PlanIndex open() throws IOException {
    return PlanIndex.open(tmp.resolve("index"), TestAnalyzers.create());
  }

  private static long count(PlanIndex index, DocKind kind) throws IOException {
    IndexSearcher s = index.acquire();
    try {
      return s.count(new TermQuery(new Term(Fields.KIND, kind.value())));
    } finally {
      index.release(s);
    }
  }

  @Test
  void ingestsFoldersAndReingestingUnchangedFilesIsANoOp() throws IOException {
    Files.createDirectories(tmp.resolve("in"));
    for (TestPlans.Fixture f : TestPlans.all()) {
      write(f);
    }
    List<SourceFile> files = SourceFile.collect(List.of(tmp.resolve("in")));
    assertThat(files).hasSize(3);

    try (PlanIndex index = open()) {
      IngestSummary first = new PlanIngester(index, TestPlans.jsonExtractor()).ingest(files, new PlanIngester.Listener() {});
      assertThat(first.count(Status.INGESTED)).isEqualTo(3);
      assertThat(count(index, DocKind.PLAN)).isEqualTo(3);
      assertThat(count(index, DocKind.TASK)).isEqualTo(6 + 3 + 4);
      assertThat(count(index, DocKind.OBLIGATION)).isEqualTo(1);
    }
    // a second run, in a new process as far as the index is concerned
    try (PlanIndex index = open()) {
      IngestSummary second = new PlanIngester(index, (name, bytes) -> {
        throw new AssertionError("an unchanged file must not be extracted again");
      }).ingest(files, new PlanIngester.Listener() {});
      assertThat(second.count(Status.UNCHANGED)).isEqualTo(3);
      assertThat(count(index, DocKind.PLAN)).isEqualTo(3);
      assertThat(count(index, DocKind.TASK)).isEqualTo(13);
    }
  }

  @Test
  void everyDocumentHasANormForTheTaskTextSoScoringReadsThemDense() throws IOException {
    Files.createDirectories(tmp.resolve("in"));
    for (TestPlans.Fixture f : TestPlans.all()) {
      write(f);
    }
    try (PlanIndex index = open()) {
      new PlanIngester(index, TestPlans.jsonExtractor())
          .ingest(SourceFile.collect(List.of(tmp.resolve("in"))), new PlanIngester.Listener() {});
      IndexSearcher s = index.acquire();
      try {
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
          for (TextVariant variant : TextVariant.values()) {
            NumericDocValues norms = leaf.reader().getNormValues(variant.of(Fields.TEXT));
            int withNorm = 0;
            while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
              withNorm++;
            }
            assertThat(withNorm).as(variant.of(Fields.TEXT)).isEqualTo(leaf.reader().maxDoc());
          }
        }
        // plans carry the field empty: no plan document matches a task word
        assertThat(s.count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, DocKind.PLAN.value())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(TextVariant.FOLDED.of(Fields.TEXT), "thi")), BooleanClause.Occur.FILTER)
                .build()))
            .isZero();
        assertThat(s.count(new TermQuery(new Term(TextVariant.FOLDED.of(Fields.TEXT), "thi")))).isPositive();
      } finally {
        index.release(s);
      }
    }
  }

  @Test
  void aChangedFileReplacesItsPlanAndItsStoredOriginal() throws IOException {
    Files.createDirectories(tmp.resolve("in"));
    TestPlans.Fixture original = TestPlans.laoCaiLabour2022();
    Path file = write(original);
    try (PlanIndex index = open()) {
      PlanIngester ingester = new PlanIngester(index, TestPlans.jsonExtractor());
      ingester.ingest(List.of(SourceFile.of(file)), new PlanIngester.Listener() {});
      Path oldSource = index.source(original.plan().id()).orElseThrow().path();
      assertThat(oldSource).exists();

      TestPlans.Fixture revised = TestPlans.laoCaiLabour2022Revised();
      Files.write(file, revised.bytes());
      IngestSummary summary = ingester.ingest(List.of(SourceFile.of(file)), new PlanIngester.Listener() {});

      IngestOutcome outcome = summary.outcomes().get(0);
      assertThat(outcome.status()).isEqualTo(Status.REPLACED);
      assertThat(outcome.replacedPlanId()).isEqualTo(original.plan().id());
      assertThat(outcome.planId()).isEqualTo(revised.plan().id());
      assertThat(index.plan(original.plan().id())).isEmpty();
      assertThat(index.plan(revised.plan().id()).orElseThrow().tasks()).hasSize(7);
      assertThat(count(index, DocKind.PLAN)).isEqualTo(1);
      assertThat(count(index, DocKind.TASK)).isEqualTo(7);
      assertThat(oldSource).doesNotExist();
      StoredSource source = index.source(revised.plan().id()).orElseThrow();
      assertThat(source.fileName()).isEqualTo("kh-tdkt-soldtbxh-2022.docx");
      assertThat(Files.readAllBytes(source.path())).isEqualTo(revised.bytes());
    }
  }

  @Test
  void deletesAPlanById() throws IOException {
    try (PlanIndex index = open()) {
      PlanIngester ingester = new PlanIngester(index, TestPlans.jsonExtractor());
      for (TestPlans.Fixture f : TestPlans.all()) {
        ingester.ingest(f.fileName(), f.bytes(), "upload:" + f.fileName());
      }
      index.commit();
      String id = TestPlans.langSon2023().plan().id();
      Path stored = index.source(id).orElseThrow().path();

      assertThat(index.delete(id)).map(IndexedPlan::planId).contains(id);
      index.commit();

      assertThat(index.plan(id)).isEmpty();
      assertThat(stored).doesNotExist();
      assertThat(count(index, DocKind.PLAN)).isEqualTo(2);
      assertThat(count(index, DocKind.TASK)).isEqualTo(10);
      assertThat(index.delete(id)).isEmpty();
    }
    try (PlanIndex index = open()) {
      assertThat(index.planCount()).isEqualTo(2);
    }
  }

  @Test
  void aFileThatCannotBeReadIsReportedAndTheBatchGoesOn() throws IOException {
    Files.createDirectories(tmp.resolve("in"));
    Path broken = Files.writeString(tmp.resolve("in/broken.docx"), "PK\u0003\u0004 truncated", StandardCharsets.UTF_8);
    Path good = write(TestPlans.haTinh2024());
    try (PlanIndex index = open()) {
      IngestSummary summary =
          new PlanIngester(index, TestPlans.jsonExtractor())
              .ingest(List.of(SourceFile.of(broken), SourceFile.of(good)), new PlanIngester.Listener() {});
      assertThat(summary.failures()).singleElement().satisfies(f -> {
        assertThat(f.fileName()).isEqualTo("broken.docx");
        assertThat(f.reason()).contains("not a plan");
      });
      assertThat(summary.count(Status.INGESTED)).isEqualTo(1);
      assertThat(index.planCount()).isEqualTo(1);
    }
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
    Files.createDirectories(tmp.resolve("in"));
    Path big = write(TestPlans.haTinh2024());
    try (PlanIndex index = open()) {
      IngestSummary summary =
          new PlanIngester(index, TestPlans.jsonExtractor()).maxFileBytes(100)
              .ingest(List.of(SourceFile.of(big)), new PlanIngester.Listener() {});
      assertThat(summary.failures()).singleElement().extracting(IngestOutcome::reason).asString().contains("too large");
      assertThat(index.planCount()).isZero();
    }
  }

  @Test
  void plansPutFromSeveralThreadsAtOnceAreAllThereOnce() throws Exception {
    List<TestPlans.Fixture> fixtures = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      fixtures.add(TestPlans.fixture("p" + i + ".json", i + "/KH-UBND", "UBND tỉnh Điện Biên", "Điện Biên", "Điện Biên",
          "2023-01-01", 2023, "Kế hoạch " + i,
          List.of(TestPlans.task("1", "I", "Kiểm tra công tác thi đua số " + i, List.of(TestPlans.SO_NOI_VU), List.of())),
          List.of(), List.of()));
    }
    try (PlanIndex index = open()) {
      var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<PlanIndex.PutResult>> results = new java.util.ArrayList<>();
        for (TestPlans.Fixture f : fixtures) {
          // every plan twice, from two sources: once added, once unchanged
          results.add(pool.submit(() -> index.put(f.plan(), "a:" + f.fileName(), f.bytes())));
          results.add(pool.submit(() -> index.put(f.plan(), "b:" + f.fileName(), f.bytes())));
          if (results.size() % 20 == 0) {
            pool.submit(() -> { index.commit(); return null; });
          }
        }
        long added = 0;
        for (var r : results) {
          added += r.get().change() == PlanIndex.Change.ADDED ? 1 : 0;
        }
        assertThat(added).isEqualTo(40);
      } finally {
        pool.shutdown();
      }
      index.commit();
      assertThat(count(index, DocKind.PLAN)).isEqualTo(40);
      assertThat(count(index, DocKind.TASK)).isEqualTo(40);
      assertThat(Files.list(tmp.resolve("index/files")).count()).isEqualTo(40);
    }
  }

  @Test
  void repeatedSearchesAreAnsweredAgainAfterACommit() throws IOException {
    try (PlanIndex index = open()) {
      var search = new org.thidua.ingest.search.TaskSearch(index);
      var request = org.thidua.ingest.search.SearchRequest.of("kiểm tra");
      TestPlans.Fixture first = TestPlans.laoCaiLabour2022();
      index.put(first.plan(), "a", first.bytes());
      index.commit();
      var before = search.search(request);
      assertThat(search.search(request)).isSameAs(before); // from the cache
      TestPlans.Fixture second = TestPlans.haTinh2024();
      index.put(second.plan(), "b", second.bytes());
      index.commit();
      var after = search.search(request);
      assertThat(after.total()).isEqualTo(before.total() + 1);
    }
  }

  @Test
  void aMissingPathIsAnError() {
    assertThatThrownBy(() -> SourceFile.collect(List.of(tmp.resolve("nowhere"))))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void readOnlyOpenOfAMissingIndexSaysWhatToDo() {
    assertThatThrownBy(() -> PlanIndex.openReadOnly(tmp.resolve("none"), TestAnalyzers.create()))
        .hasMessageContaining("no thidua index")
        .hasMessageContaining("ingest --index");
  }
}
