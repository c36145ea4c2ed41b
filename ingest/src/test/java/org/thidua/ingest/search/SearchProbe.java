package org.thidua.ingest.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.thidua.schema.SchemaAnalyzers;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.schema.FacetDimension;
import org.thidua.schema.Fields;
import org.thidua.schema.IndexSchema;

/** Where the time of a task search goes, per query (a development aid, not a test). Argument: index folder. */
public final class SearchProbe {
  public static void main(String[] args) throws Exception {
    try (PlanIndex index = PlanIndex.openReadOnly(Path.of(args[0]), SchemaAnalyzers.thidua(null))) {
      TextQueries queries = new TextQueries(index.analyzers());
      TaskSearch search = new TaskSearch(index);
      List<String> qs = List.of("kiểm tra", "kiem tra", "tổng kết", "TĐKT", "thi đua khen thưởng", "\"văn hóa công sở\"", "sáng kiến", "");
      Map<FacetDimension, List<String>> filter = Map.of(FacetDimension.PROVINCE, List.of("Lào Cai"));
      for (int round = 0; round < 8; round++) {
        for (String q : qs) {
          for (Map<FacetDimension, List<String>> f : List.of(Map.<FacetDimension, List<String>>of(), filter)) {
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = mx.getCurrentThreadCpuTime();
            TextQueries.Built built = queries.build(UserQuery.parse(q), Fields.TEXT);
            Query text = built == null ? null : built.match();
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.KIND, "task")), Occur.FILTER);
            if (text != null) b.add(text, Occur.MUST);
            IndexSearcher s = index.acquire();
            long t1 = mx.getCurrentThreadCpuTime();
            FacetedSearch.Outcome o = FacetedSearch.run(s, index.facetsConfig(), b.build(), built == null ? null : built.phrases(), text != null, f, IndexSchema.TASK_FACETS, 0, 20);
            long t2 = mx.getCurrentThreadCpuTime();
            org.apache.lucene.search.Query ddq = FacetedSearch.drillDown(index.facetsConfig(), b.build(), f);
            long u0 = mx.getCurrentThreadCpuTime();
            s.search(ddq, new org.apache.lucene.search.TopScoreDocCollectorManager(20, null, 20));
            long u1 = mx.getCurrentThreadCpuTime();
            var fc = s.search(ddq, new org.apache.lucene.facet.FacetsCollectorManager());
            long u2 = mx.getCurrentThreadCpuTime();
            BlockFacetCounts.count(fc, IndexSchema.TASK_FACETS);
            long u3 = mx.getCurrentThreadCpuTime();
            if (round == 7) System.out.printf("   top20 %6.2f  collect %6.2f  count %6.2f%n", (u1-u0)/1e6, (u2-u1)/1e6, (u3-u2)/1e6);
            index.release(s);
            TaskResults r = search.search(new SearchRequest(q, f, 1, 20));
            long t3 = mx.getCurrentThreadCpuTime();
            if (round == 7) {
              System.out.printf("%-22s %-8s hits %8d  query %6.2f  facets+top %7.2f  whole search %7.2f ms (CPU time)%n", q,
                  f.isEmpty() ? "" : "filtered", o.total(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
            }
          }
        }
      }
    }
  }
}
