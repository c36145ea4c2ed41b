package org.thidua.ingest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;

class SegmentFacetsTest {
  @Test
  void everyDocumentFindsThePlanThatEndsItsBlock() throws IOException {
    Random random = new Random(7);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(100_000))) {
        // blocks of 0 to 150 children: empty plans next to each other, and blocks longer than a look-up span
        for (int plan = 0; plan < 400; plan++) {
          int children = plan % 10 == 0 ? 0 : random.nextInt(plan % 7 == 0 ? 150 : 40);
          List<Document> block = new ArrayList<>();
          for (int c = 0; c < children; c++) {
            block.add(kind(DocKind.TASK));
          }
          block.add(kind(DocKind.PLAN));
          writer.addDocuments(block);
        }
        writer.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReaderContext leaf = reader.leaves().get(0);
        SegmentFacets facets = SegmentFacets.of(leaf);
        assertThat(facets.planCount()).isEqualTo(400);
        int expected = 0;
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          while (facets.planDoc(expected) < doc) {
            expected++;
          }
          // from the start, from the plan before (the next hit's case), and from far behind (a sampled hit's)
          assertThat(facets.planAtOrAfter(doc, 0)).as("doc %d", doc).isEqualTo(expected);
          assertThat(facets.planAtOrAfter(doc, Math.max(0, expected - 1))).as("doc %d", doc).isEqualTo(expected);
          assertThat(facets.planAtOrAfter(doc, expected / 2)).as("doc %d", doc).isEqualTo(expected);
        }
        assertThat(facets.planDoc(facets.planCount() - 1)).isEqualTo(leaf.reader().maxDoc() - 1);
      }
    }
  }

  private static Document kind(DocKind kind) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, kind.value(), Field.Store.NO));
    return doc;
  }
}
