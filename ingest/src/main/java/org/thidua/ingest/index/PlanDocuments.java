package org.thidua.ingest.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.thidua.ingest.analytics.AnalyticsFields;
import org.thidua.ingest.plan.Obligation;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.plan.ResponsibleUnit;
import org.thidua.ingest.plan.Task;
import org.thidua.schema.DocKind;
import org.thidua.schema.FacetDimension;
import org.thidua.schema.Fields;
import org.thidua.schema.IndexSchema;
import org.thidua.schema.TextVariant;

/**
 * Turns one {@link Plan} into its block of Lucene documents: one per task, one per obligation, and the plan
 * document last. Plan identity is copied onto every child so that a task hit carries what the result list shows
 * and what the filters select.
 */
final class PlanDocuments {
  /** Folded texts carry offsets: highlighting reads the matches' character spans from the postings. */
  private static final FieldType FOLDED_WITH_OFFSETS;

  static {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    FOLDED_WITH_OFFSETS = type;
  }

  private final FacetsConfig facets;

  PlanDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  /** Facet configuration matching {@link FacetDimension}. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (FacetDimension dim : FacetDimension.values()) {
      config.setMultiValued(dim.dim(), dim.multiValued());
      config.setIndexFieldName(dim.dim(), dim.indexField());
    }
    return config;
  }

  List<Document> build(Plan plan, String source, String planJson, Instant ingestedAt) throws IOException {
    String planId = plan.id();
    List<Task> tasks = orEmpty(plan.tasks());
    List<Obligation> obligations = orEmpty(plan.obligations());
    List<String> legalRefIds =
        orEmpty(plan.legalRefs()).stream().map(r -> r.id()).filter(PlanDocuments::present).toList();
    List<Document> block = new ArrayList<>(tasks.size() + obligations.size() + 1);

    int ordinal = 0;
    for (Task task : tasks) {
      ordinal++;
      Document doc = child(DocKind.TASK, IndexSchema.taskId(planId, ordinal), plan, ordinal, legalRefIds);
      text(doc, Fields.TEXT, task.text());
      AnalyticsFields.addOverlap(doc, task.text());
      stored(doc, Fields.NO, task.no());
      stored(doc, Fields.QUARTER, task.quarter());
      stored(doc, Fields.DEADLINE, task.deadline());
      for (ResponsibleUnit unit : orEmpty(task.lead())) {
        stored(doc, Fields.LEAD, unit.name());
      }
      for (ResponsibleUnit unit : orEmpty(task.support())) {
        stored(doc, Fields.SUPPORT, unit.name());
      }
      facet(doc, FacetDimension.QUARTER, task.quarter());
      facet(doc, FacetDimension.UNIT, canonical(Stream.concat(orEmpty(task.lead()).stream(), orEmpty(task.support()).stream()).toList()));
      block.add(facets.build(doc));
    }
    ordinal = 0;
    for (Obligation obligation : obligations) {
      ordinal++;
      Document doc =
          child(DocKind.OBLIGATION, IndexSchema.obligationId(planId, ordinal), plan, ordinal, legalRefIds);
      text(doc, Fields.TEXT, obligation.text());
      AnalyticsFields.addOverlap(doc, obligation.text());
      stored(doc, Fields.DEADLINE, obligation.deadline());
      if (obligation.unit() != null) {
        stored(doc, Fields.UNIT, obligation.unit().name());
        facet(doc, FacetDimension.UNIT, canonical(List.of(obligation.unit())));
      }
      block.add(facets.build(doc));
    }

    Document doc = identity(DocKind.PLAN, planId, plan, legalRefIds);
    doc.add(new StringField(Fields.SOURCE, source, Field.Store.YES));
    doc.add(new StringField(Fields.SHA256, plan.sha256(), Field.Store.YES));
    stored(doc, Fields.FILE_NAME, plan.file());
    stored(doc, Fields.MEDIA_TYPE, plan.mediaType());
    doc.add(new StoredField(Fields.PLAN_JSON, planJson));
    doc.add(new StoredField(Fields.TASK_COUNT, tasks.size()));
    doc.add(new StoredField(Fields.OBLIGATION_COUNT, obligations.size()));
    doc.add(new StoredField(Fields.INGESTED_AT, ingestedAt.toString()));
    text(doc, Fields.TITLE, plan.title());
    text(doc, Fields.TEXT, null); // empty, for dense norms (see text)
    AnalyticsFields.addPlanLinks(doc, plan);
    facet(doc, FacetDimension.QUARTER, tasks.stream().map(Task::quarter).toList());
    facet(
        doc,
        FacetDimension.UNIT,
        canonical(
            Stream.concat(
                    tasks.stream().flatMap(t -> Stream.concat(orEmpty(t.lead()).stream(), orEmpty(t.support()).stream())),
                    obligations.stream().map(Obligation::unit))
                .toList()));
    block.add(facets.build(doc));
    return block;
  }

  private static Document child(DocKind kind, String id, Plan plan, int ordinal, List<String> legalRefIds) {
    Document doc = identity(kind, id, plan, legalRefIds);
    doc.add(new IntField(Fields.ORDINAL, ordinal, Field.Store.YES));
    AnalyticsFields.addDocNumberKey(doc, plan);
    return doc;
  }

  /** Fields every document of the plan's block carries. */
  private static Document identity(DocKind kind, String id, Plan plan, List<String> legalRefIds) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, kind.value(), Field.Store.YES));
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new StringField(Fields.PLAN_ID, plan.id(), Field.Store.YES));
    stored(doc, Fields.DOC_NUMBER, plan.docNumber());
    stored(doc, Fields.DOC_TYPE, plan.docType());
    stored(doc, Fields.ISSUER, plan.issuer());
    stored(doc, Fields.PROVINCE, plan.province());
    stored(doc, Fields.CURRENT_PROVINCE, plan.currentProvince());
    stored(doc, Fields.DATE, plan.date());
    if (plan.year() != null) {
      doc.add(new IntField(Fields.YEAR, plan.year(), Field.Store.YES));
      facet(doc, FacetDimension.YEAR, plan.year().toString());
    }
    facet(doc, FacetDimension.PROVINCE, plan.province());
    facet(doc, FacetDimension.CURRENT_PROVINCE, plan.currentProvince());
    facet(doc, FacetDimension.ISSUER, plan.issuer());
    facet(doc, FacetDimension.DOC_TYPE, plan.docType());
    facet(doc, FacetDimension.LEGAL_REF, legalRefIds);
    return doc;
  }

  /**
   * A searchable text: stored once under its base name, indexed in every variant. An absent text is indexed empty:
   * no term, but a norm, so that every document has one and scoring reads norms by position instead of searching a
   * sparse list of documents for each hit (about 8 % of a task search's CPU when plan documents had no task text).
   */
  private static void text(Document doc, String base, String value) {
    String indexed = present(value) ? value : "";
    if (present(value)) {
      doc.add(new StoredField(base, value));
    }
    doc.add(new TextField(TextVariant.EXACT.of(base), indexed, Field.Store.NO));
    doc.add(new Field(TextVariant.FOLDED.of(base), indexed, FOLDED_WITH_OFFSETS));
  }

  private static void stored(Document doc, String field, String value) {
    if (present(value)) {
      doc.add(new StoredField(field, value));
    }
  }

  private static void facet(Document doc, FacetDimension dim, String value) {
    if (present(value)) {
      doc.add(new SortedSetDocValuesFacetField(dim.dim(), value.strip()));
    }
  }

  private static void facet(Document doc, FacetDimension dim, Collection<String> values) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String value : values) {
      if (present(value)) {
        distinct.add(value.strip());
      }
    }
    for (String value : distinct) {
      doc.add(new SortedSetDocValuesFacetField(dim.dim(), value));
    }
  }

  /** Canonical unit names (the name as written where the extractor gave no canonical one). */
  private static List<String> canonical(List<ResponsibleUnit> units) {
    return units.stream()
        .filter(u -> u != null)
        .map(u -> present(u.canonical()) ? u.canonical() : u.name())
        .toList();
  }

  static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
