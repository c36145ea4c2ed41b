package org.thidua.ingest.index;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.thidua.schema.FacetDimension;

/**
 * A point-in-time searcher together with the facet ordinals of the same reader, one state per dimension. Building
 * them costs a pass over the facet values, so it is done once per reader, when the searcher is opened, not per
 * query.
 */
public final class IndexSearcherWithFacets extends IndexSearcher {
  private final Map<FacetDimension, SortedSetDocValuesReaderState> facetStates;

  IndexSearcherWithFacets(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    Map<FacetDimension, SortedSetDocValuesReaderState> states = new EnumMap<>(FacetDimension.class);
    for (FacetDimension dim : FacetDimension.values()) {
      FieldInfo info = fields.fieldInfo(dim.indexField());
      if (info != null && info.getDocValuesType() == DocValuesType.SORTED_SET) {
        states.put(dim, new DefaultSortedSetDocValuesReaderState(reader, dim.indexField(), config));
      }
    }
    this.facetStates = Collections.unmodifiableMap(states);
  }

  /** Facet ordinals of one dimension in this reader; null while no document has a value for it. */
  public SortedSetDocValuesReaderState facetState(FacetDimension dim) {
    return facetStates.get(dim);
  }

  /** Whether any document has any facet value (false for an empty index). */
  public boolean hasFacets() {
    return !facetStates.isEmpty();
  }
}
