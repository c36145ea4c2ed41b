package org.thidua.ingest.search;

import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** Merges an index down to N segments (a development aid). Arguments: lucene folder, N. */
public final class MergeProbe {
  public static void main(String[] args) throws Exception {
    try (var dir = FSDirectory.open(Path.of(args[0]));
        var w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      long t0 = System.nanoTime();
      w.forceMerge(Integer.parseInt(args[1]));
      w.commit();
      System.out.printf("merged in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
  }
}
