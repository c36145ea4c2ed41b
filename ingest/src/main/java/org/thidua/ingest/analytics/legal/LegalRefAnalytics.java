package org.thidua.ingest.analytics.legal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.thidua.dictionary.LegalRegistry;
import org.thidua.ingest.analytics.AnalyticsFilter;
import org.thidua.ingest.analytics.PlanScan;
import org.thidua.ingest.index.PlanIndex;
import org.thidua.ingest.plan.LegalReference;
import org.thidua.ingest.plan.Obligation;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.plan.Task;

/**
 * The documents plans cite: a dashboard row per document, and the citations of documents already replaced on the
 * citing plan's date. Works on the stored plans the filter selects; status and replacements come from the
 * registry ({@link LegalRegistry}), documents it does not know are kept with status {@code unknown}.
 */
public final class LegalRefAnalytics {
  private final PlanIndex index;
  private final LegalRegistry registry;

  public LegalRefAnalytics(PlanIndex index, LegalRegistry registry) {
    this.index = index;
    this.registry = registry;
  }

  public LegalRefAnalytics(PlanIndex index) {
    this(index, LegalRegistry.load());
  }

  /** One row per cited document, most cited first. */
  public List<LegalRefRow> documents(AnalyticsFilter filter) throws IOException {
    Map<String, Acc> byId = new LinkedHashMap<>();
    for (Plan plan : PlanScan.plans(index, filter)) {
      Set<String> seen = new HashSet<>();
      for (LegalReference ref : orEmpty(plan.legalRefs())) {
        if (ref.id() == null || ref.id().isBlank() || !seen.add(ref.id())) {
          continue;
        }
        Acc acc = byId.computeIfAbsent(ref.id(), id -> new Acc(ref));
        acc.plans++;
        acc.citations += 1 + further(plan, ref.id());
        acc.byProvince.merge(plan.province() == null ? "" : plan.province(), 1, Integer::sum);
        acc.byYear.merge(plan.year() == null ? "" : plan.year().toString(), 1, Integer::sum);
      }
    }
    List<LegalRefRow> rows = new ArrayList<>();
    for (Acc acc : byId.values()) {
      Optional<LegalRegistry.Entry> entry = registry.byId(acc.first.id());
      rows.add(
          new LegalRefRow(
              entry.map(LegalRegistry.Entry::id).orElse(acc.first.id()),
              entry.map(LegalRegistry.Entry::type).orElse(acc.first.type()),
              entry.map(LegalRegistry.Entry::title).orElse(acc.first.asWritten()),
              entry.map(LegalRegistry.Entry::status).orElse("unknown"),
              entry.map(e -> e.replacedBy().isEmpty() ? null : String.join("; ", e.replacedBy())).orElse(null),
              acc.citations,
              acc.plans,
              sorted(acc.byProvince),
              sorted(acc.byYear)));
    }
    rows.sort(Comparator.comparingInt(LegalRefRow::plans).reversed().thenComparing(LegalRefRow::id));
    return rows;
  }

  /** Every citation of a document already replaced on the citing plan's date, newest plans first. */
  public List<OutdatedCitation> outdated(AnalyticsFilter filter) throws IOException {
    List<OutdatedCitation> out = new ArrayList<>();
    for (Plan plan : PlanScan.plans(index, filter)) {
      LocalDate asOf = planDate(plan);
      if (asOf == null) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (LegalReference ref : orEmpty(plan.legalRefs())) {
        if (ref.id() == null || !seen.add(ref.id())) {
          continue;
        }
        Optional<LegalRegistry.Entry> cited = registry.byId(ref.id());
        if (cited.isEmpty()) {
          continue;
        }
        replacementOn(cited.get(), asOf)
            .ifPresent(
                r ->
                    out.add(
                        new OutdatedCitation(
                            plan.id(),
                            plan.docNumber(),
                            plan.issuer(),
                            plan.province(),
                            plan.date(),
                            cited.get().id(),
                            cited.get().type(),
                            ref.asWritten(),
                            cited.get().status(),
                            r.id(),
                            String.valueOf(effective(r)),
                            r.title())));
      }
    }
    out.sort(
        Comparator.comparing((OutdatedCitation o) -> o.date() == null ? "" : o.date())
            .reversed()
            .thenComparing(OutdatedCitation::planId)
            .thenComparing(OutdatedCitation::refId));
    return out;
  }

  /**
   * The document in force instead of {@code cited} on {@code asOf}: follows replacements that had taken effect by
   * then (91/2017/NĐ-CP → 98/2023/NĐ-CP → 152/2025/NĐ-CP); empty when {@code cited} was still current.
   */
  Optional<LegalRegistry.Entry> replacementOn(LegalRegistry.Entry cited, LocalDate asOf) {
    LegalRegistry.Entry current = cited;
    Set<String> visited = new HashSet<>();
    boolean moved = true;
    while (moved && visited.add(current.id())) {
      moved = false;
      for (String next : current.replacedBy()) {
        Optional<LegalRegistry.Entry> r = registry.byId(next);
        LocalDate from = r.map(LegalRefAnalytics::effective).orElse(null);
        if (r.isPresent() && from != null && !from.isAfter(asOf)) {
          current = r.get();
          moved = true;
          break;
        }
      }
    }
    return current == cited ? Optional.empty() : Optional.of(current);
  }

  private static LocalDate effective(LegalRegistry.Entry e) {
    return e.effective() != null ? e.effective() : e.signed();
  }

  /** The plan's date; "yyyy-MM" as the month's first day; a year alone as its first day. */
  static LocalDate planDate(Plan plan) {
    String d = plan.date();
    try {
      if (d != null && d.length() == 10) {
        return LocalDate.parse(d);
      }
      if (d != null && d.length() == 7) {
        return LocalDate.parse(d + "-01");
      }
    } catch (RuntimeException unparseable) {
      // fall through to the year
    }
    return plan.year() == null ? null : LocalDate.of(plan.year(), 1, 1);
  }

  /** Mentions of the document's symbol in the plan's tasks and obligations. */
  private static int further(Plan plan, String id) {
    String needle = id.toLowerCase(Locale.ROOT);
    int n = 0;
    for (Task t : orEmpty(plan.tasks())) {
      n += count(t.text(), needle);
    }
    for (Obligation o : orEmpty(plan.obligations())) {
      n += count(o.text(), needle);
    }
    return n;
  }

  private static int count(String text, String needle) {
    if (text == null) {
      return 0;
    }
    String t = text.toLowerCase(Locale.ROOT);
    int n = 0;
    for (int i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static Map<String, Integer> sorted(Map<String, Integer> m) {
    return new TreeMap<>(m);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static final class Acc {
    final LegalReference first;
    int plans;
    int citations;
    final Map<String, Integer> byProvince = new LinkedHashMap<>();
    final Map<String, Integer> byYear = new LinkedHashMap<>();

    Acc(LegalReference first) {
      this.first = first;
    }
  }
}
