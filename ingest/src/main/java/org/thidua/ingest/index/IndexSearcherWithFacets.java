package org.thidua.ingest.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A point-in-time searcher together with the facet ordinals of the same reader. Building the ordinal map costs a
 * pass over the facet values, so it is done once per reader, when the searcher is opened, not per query.
 */
public final class IndexSearcherWithFacets extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;

  IndexSearcherWithFacets(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  /** Facet ordinals of this reader; null while the index holds no document with a facet. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  private static boolean hasFacets(IndexReader reader) {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    return info != null && info.getDocValuesType() != org.apache.lucene.index.DocValuesType.NONE;
  }
}
