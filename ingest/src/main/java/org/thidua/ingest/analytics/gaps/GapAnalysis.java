package org.thidua.ingest.analytics.gaps;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.thidua.dictionary.AnnualChecklist;
import org.thidua.ingest.analytics.AnalyticsFields;
import org.thidua.ingest.analytics.AnalyticsFilter;
import org.thidua.ingest.analytics.PlanScan;
import org.thidua.ingest.analytics.overlap.TextFingerprint;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.plan.LegalReference;
import org.thidua.ingest.plan.Obligation;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.plan.ResponsibleUnit;
import org.thidua.ingest.plan.Task;
import org.thidua.schema.Fields;
import org.thidua.schema.IndexSchema;

/**
 * What a plan leaves out: tasks its parent plan addresses to it, recurring obligations of the annual cycle
 * ({@link AnnualChecklist}), and the deadlines it sets. Parent and children are found through the index
 * ({@link Fields#DOC_NUMBER_KEY}, {@link Fields#PARENT_REF}) and checked against the cited plan's date.
 */
public final class GapAnalysis {
  private final PlanIndex index;
  private final AnnualChecklist checklist;
  private final TextFingerprint fingerprint;
  private final List<List<String>> itemPatterns = new ArrayList<>();

  public GapAnalysis(PlanIndex index, AnnualChecklist checklist, TextFingerprint fingerprint) {
    this.index = index;
    this.checklist = checklist;
    this.fingerprint = fingerprint;
    for (AnnualChecklist.Item item : checklist.items()) {
      itemPatterns.add(item.patterns().stream().map(fingerprint::normalize).toList());
    }
  }

  public GapAnalysis(PlanIndex index) {
    this(index, AnnualChecklist.load(), TextFingerprint.standard());
  }

  // ---- links

  /** The indexed plan that {@code plan} says it implements, if any. */
  public Optional<Plan> parent(Plan plan) throws IOException {
    for (String ref : plan.parentRefs() == null ? List.<String>of() : plan.parentRefs()) {
      String key = AnalyticsFields.docNumberKey(ref);
      if (key.isEmpty()) {
        continue;
      }
      LegalReference cited = citation(plan, ref);
      List<Plan> candidates =
          PlanScan.plans(
                  index,
                  new BooleanQuery.Builder()
                      .add(PlanScan.PLANS, Occur.FILTER)
                      .add(new TermQuery(new Term(Fields.DOC_NUMBER_KEY, key)), Occur.FILTER)
                      .build())
              .stream()
              .filter(p -> !p.id().equals(plan.id()))
              .filter(p -> cited == null || cited.date() == null || p.date() == null || p.date().equals(cited.date()))
              .toList();
      // the same number is reused by every province's UBND: prefer the child's province, then the nearest earlier date
      Optional<Plan> best =
          candidates.stream()
              .min(
                  Comparator.comparing((Plan p) -> !Objects.equals(p.province(), plan.province()))
                      .thenComparing(p -> distance(p, plan)));
      if (best.isPresent()) {
        return best;
      }
    }
    return Optional.empty();
  }

  /** Indexed plans that implement {@code plan}. */
  public List<Plan> children(Plan plan) throws IOException {
    String key = AnalyticsFields.docNumberKey(plan.docNumber());
    if (key.isEmpty()) {
      return List.of();
    }
    List<Plan> out = new ArrayList<>();
    for (Plan child :
        PlanScan.plans(
            index,
            new BooleanQuery.Builder()
                .add(PlanScan.PLANS, Occur.FILTER)
                .add(new TermQuery(new Term(Fields.PARENT_REF, key)), Occur.FILTER)
                .build())) {
      if (!child.id().equals(plan.id()) && parent(child).map(p -> p.id().equals(plan.id())).orElse(false)) {
        out.add(child);
      }
    }
    return out;
  }

  // ---- gaps

  public Optional<PlanGaps> gaps(String planId) throws IOException {
    Optional<Plan> plan = index.plan(planId);
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(gaps(plan.get()));
  }

  public PlanGaps gaps(Plan plan) throws IOException {
    Optional<Plan> parent = parent(plan);
    List<Gap> missing = new ArrayList<>();
    parent.ifPresent(p -> missing.addAll(parentGaps(p, plan)));
    missing.addAll(checklistGaps(plan));
    missing.addAll(deadlines(plan));
    return new PlanGaps(
        plan.id(), parent.map(PlanRef::of).orElse(null), children(plan).stream().map(PlanRef::of).toList(), missing);
  }

  /** Gaps of every plan the filter selects, summed up. */
  public GapSummary summary(AnalyticsFilter filter) throws IOException {
    return summarize(all(filter));
  }

  /** Every plan's gaps (for export). */
  public List<Map.Entry<Plan, PlanGaps>> all(AnalyticsFilter filter) throws IOException {
    List<Map.Entry<Plan, PlanGaps>> out = new ArrayList<>();
    for (Plan plan : PlanScan.plans(index, filter)) {
      out.add(Map.entry(plan, gaps(plan)));
    }
    return out;
  }

  private GapSummary summarize(List<Map.Entry<Plan, PlanGaps>> all) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    for (String k : List.of(Gap.PARENT, Gap.CHECKLIST, "misplaced", Gap.DEADLINE)) {
      totals.put(k, 0);
    }
    Map<String, Integer> byItem = new LinkedHashMap<>();
    checklist.items().forEach(i -> byItem.put(i.id(), 0));
    List<GapSummary.PlanLine> lines = new ArrayList<>();
    for (Map.Entry<Plan, PlanGaps> e : all) {
      Plan p = e.getKey();
      int parent = 0, missing = 0, misplaced = 0, deadlines = 0;
      for (Gap g : e.getValue().missing()) {
        switch (g.kind()) {
          case Gap.PARENT -> parent++;
          case Gap.DEADLINE -> deadlines++;
          default -> {
            if (Boolean.TRUE.equals(g.misplaced())) {
              misplaced++;
            } else {
              missing++;
              byItem.merge(g.item(), 1, Integer::sum);
            }
          }
        }
      }
      totals.merge(Gap.PARENT, parent, Integer::sum);
      totals.merge(Gap.CHECKLIST, missing, Integer::sum);
      totals.merge("misplaced", misplaced, Integer::sum);
      totals.merge(Gap.DEADLINE, deadlines, Integer::sum);
      PlanRef parentRef = e.getValue().parent();
      lines.add(
          new GapSummary.PlanLine(
              p.id(), p.docNumber(), p.issuer(), p.province(), p.year(),
              parentRef == null ? null : parentRef.docNumber(),
              e.getValue().children().size(), parent, missing, misplaced, deadlines));
    }
    return new GapSummary(all.size(), totals, byItem, lines);
  }

  /** Tasks of the parent addressed to the child's agency, its kind of agency or all, with no matching child task. */
  List<Gap> parentGaps(Plan parent, Plan child) {
    String agency = fingerprint.normalize(child.issuer());
    List<int[]> childShingles = new ArrayList<>();
    List<String> childItems = new ArrayList<>();
    for (Task t : orEmpty(child.tasks())) {
      childShingles.add(fingerprint.shinglesOf(t.text()));
      childItems.addAll(items(t.text()));
    }
    for (Obligation o : orEmpty(child.obligations())) {
      childShingles.add(fingerprint.shinglesOf(o.text()));
    }
    double min = checklist.parentTaskMatch().minSimilarity();
    List<Gap> out = new ArrayList<>();
    List<Task> tasks = orEmpty(parent.tasks());
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      Optional<String> addressed = orEmpty(task.lead()).stream().map(u -> addressedTo(u, agency)).flatMap(Optional::stream).findFirst();
      if (addressed.isEmpty()) {
        continue;
      }
      int[] s = fingerprint.shinglesOf(task.text());
      boolean taken = childShingles.stream().anyMatch(c -> TextFingerprint.jaccard(s, c) >= min)
          || items(task.text()).stream().anyMatch(childItems::contains);
      if (!taken) {
        out.add(new Gap(Gap.PARENT, task.text(), task.quarter(), addressed.get(), null, null, null, task.deadline(),
            IndexSchema.taskId(parent.id(), i + 1)));
      }
    }
    return out;
  }

  /** The unit as written when it addresses the agency by name, by kind, or all agencies. */
  private Optional<String> addressedTo(ResponsibleUnit unit, String agency) {
    if (unit == null || agency.isEmpty()) {
      return Optional.empty();
    }
    String name = unit.canonical() != null ? unit.canonical() : unit.name();
    String key = fingerprint.normalize(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (key.equals(agency) || agency.startsWith(key + " ") || key.startsWith(agency + " ")) {
      return Optional.of(name);
    }
    for (AnnualChecklist.Addressee a : checklist.addressees()) {
      boolean names = a.patterns().stream().map(fingerprint::normalize).anyMatch(key::contains);
      boolean belongs = a.agencies().stream().anyMatch(p -> p.equals("*") || agency.startsWith(fingerprint.normalize(p) + " ") || agency.equals(fingerprint.normalize(p)));
      if (names && belongs) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Checklist items the plan lacks, or has only in other quarters. */
  List<Gap> checklistGaps(Plan plan) {
    List<Gap> out = new ArrayList<>();
    List<AnnualChecklist.Item> items = checklist.items();
    for (int k = 0; k < items.size(); k++) {
      AnnualChecklist.Item item = items.get(k);
      List<String> patterns = itemPatterns.get(k);
      List<Task> found = new ArrayList<>();
      List<Integer> ordinals = new ArrayList<>();
      List<Task> tasks = orEmpty(plan.tasks());
      for (int i = 0; i < tasks.size(); i++) {
        if (matches(tasks.get(i).text(), patterns)) {
          found.add(tasks.get(i));
          ordinals.add(i + 1);
        }
      }
      boolean inObligations = orEmpty(plan.obligations()).stream().anyMatch(o -> matches(o.text(), patterns));
      if (found.isEmpty()) {
        if (!inObligations) {
          out.add(new Gap(Gap.CHECKLIST, item.label(), item.quarter(), null, item.id(), null, null, null, null));
        }
        continue;
      }
      boolean placed = found.stream().anyMatch(t -> t.quarter() == null || t.quarter().equals(item.quarter()) || item.alsoIn().contains(t.quarter()));
      if (!placed) {
        Task first = found.get(0);
        out.add(new Gap(Gap.CHECKLIST, first.text(), item.quarter(), unitNames(first.lead()), item.id(), true, first.quarter(), null,
            IndexSchema.taskId(plan.id(), ordinals.get(0))));
      }
    }
    return out;
  }

  /** Dated obligations and tasks: what the addressed units must send or do by when. */
  List<Gap> deadlines(Plan plan) {
    List<Gap> out = new ArrayList<>();
    List<Obligation> obligations = orEmpty(plan.obligations());
    for (int i = 0; i < obligations.size(); i++) {
      Obligation o = obligations.get(i);
      if (o.deadline() != null) {
        out.add(new Gap(Gap.DEADLINE, o.text(), quarterOf(o.deadline()), o.unit() == null ? null : o.unit().name(), null, null, null,
            o.deadline(), IndexSchema.obligationId(plan.id(), i + 1)));
      }
    }
    List<Task> tasks = orEmpty(plan.tasks());
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      if (t.deadline() != null) {
        out.add(new Gap(Gap.DEADLINE, t.text(), quarterOf(t.deadline()), unitNames(t.lead()), null, null, null, t.deadline(),
            IndexSchema.taskId(plan.id(), i + 1)));
      }
    }
    out.sort(Comparator.comparing(Gap::deadline));
    return out;
  }

  private List<String> items(String text) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < itemPatterns.size(); k++) {
      if (matches(text, itemPatterns.get(k))) {
        out.add(checklist.items().get(k).id());
      }
    }
    return out;
  }

  private boolean matches(String text, List<String> patterns) {
    String n = " " + fingerprint.normalize(text) + " ";
    return patterns.stream().anyMatch(p -> n.contains(" " + p + " "));
  }

  private static String quarterOf(String isoDate) {
    try {
      int month = Integer.parseInt(isoDate.substring(5, 7));
      return switch ((month - 1) / 3) {
        case 0 -> "I";
        case 1 -> "II";
        case 2 -> "III";
        default -> "IV";
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String unitNames(List<ResponsibleUnit> units) {
    List<String> names = orEmpty(units).stream().map(ResponsibleUnit::name).filter(Objects::nonNull).toList();
    return names.isEmpty() ? null : String.join("; ", names);
  }

  private static LegalReference citation(Plan plan, String ref) {
    return orEmpty(plan.legalRefs()).stream().filter(r -> ref.equals(r.id())).findFirst().orElse(null);
  }

  private static long distance(Plan parent, Plan child) {
    try {
      LocalDate p = LocalDate.parse(parent.date());
      LocalDate c = LocalDate.parse(child.date());
      long days = c.toEpochDay() - p.toEpochDay();
      return days >= 0 ? days : Long.MAX_VALUE / 2 - days;
    } catch (RuntimeException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
