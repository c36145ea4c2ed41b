package org.thidua.ingest.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorerSupplier;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.thidua.schema.DocKind;
import org.thidua.schema.Fields;

/**
 * The documents of one kind (plan, task, obligation), from a bit set kept per segment. Every task search filters on
 * its kind; as a term query that filter decodes a posting list as long as the index for each search — more than the
 * words typed cost. The bit set is built once per segment (segments do not change) and then only read, word by word
 * when a conjunction intersects it.
 */
final class KindFilter extends Query {
  private static final Map<DocKind, KindFilter> ALL = new EnumMap<>(DocKind.class);

  static {
    for (DocKind kind : DocKind.values()) {
      ALL.put(kind, new KindFilter(kind));
    }
  }

  private final DocKind kind;
  private final BitSetProducer bits;

  private KindFilter(DocKind kind) {
    this.kind = kind;
    this.bits = new QueryBitSetProducer(new TermQuery(new Term(Fields.KIND, kind.value())));
  }

  static KindFilter of(DocKind kind) {
    return ALL.get(kind);
  }

  /** The same bit sets, for joins. */
  BitSetProducer producer() {
    return bits;
  }

  /** The bit set of this kind's documents in a segment, null when it has none. */
  BitSet bits(LeafReaderContext context) throws IOException {
    return bits.getBitSet(context);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        BitSet set = bits(context);
        if (set == null) {
          return null;
        }
        return ConstantScoreScorerSupplier.fromIterator(
            new BitSetIterator(set, set.approximateCardinality()), score(), scoreMode, context.reader().maxDoc());
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // already a cached bit set
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(Fields.KIND)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return "kind:" + kind.value() + "(cached)";
  }

  @Override
  public boolean equals(Object other) {
    return this == other; // one instance per kind
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
