package org.thidua.ingest.analytics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.index.PlanJson;
import org.thidua.ingest.plan.Plan;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;

/** Reads the stored plans (Plan JSON) that a filter selects, in index order. */
public final class PlanScan {
  public static final Query PLANS = new TermQuery(new Term(Fields.KIND, DocKind.PLAN.value()));

  private PlanScan() {}

  public static List<Plan> plans(PlanIndex index, AnalyticsFilter filter) throws IOException {
    return plans(index, filter.apply(index.facetsConfig(), PLANS));
  }

  public static List<Plan> plans(PlanIndex index, Query query) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      int max = Math.max(1, searcher.getIndexReader().maxDoc());
      TopDocs top = searcher.search(query, max, new Sort(SortField.FIELD_DOC));
      StoredFields stored = searcher.storedFields();
      List<Plan> plans = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        String json = stored.document(hit.doc, Set.of(Fields.PLAN_JSON)).get(Fields.PLAN_JSON);
        if (json != null) {
          plans.add(PlanJson.read(json));
        }
      }
      return plans;
    } finally {
      index.release(searcher);
    }
  }
}
