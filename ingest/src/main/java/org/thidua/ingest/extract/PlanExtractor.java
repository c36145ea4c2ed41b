package org.thidua.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thidua.dictionary.Abbreviations;
import org.thidua.dictionary.DocumentSymbols;
import org.thidua.dictionary.LegalRegistry;
import org.thidua.dictionary.PlanTerms;
import org.thidua.dictionary.Provinces;
import org.thidua.dictionary.UnitNames;
import org.thidua.ingest.extract.identity.Identity;
import org.thidua.ingest.extract.identity.IdentityExtractor;
import org.thidua.ingest.extract.legal.LegalReferenceExtractor;
import org.thidua.ingest.extract.movement.MovementExtractor;
import org.thidua.ingest.extract.obligation.ObligationExtractor;
import org.thidua.ingest.extract.period.PeriodExtractor;
import org.thidua.ingest.extract.target.TargetExtractor;
import org.thidua.ingest.extract.task.LineTables;
import org.thidua.ingest.extract.task.PlainTextTables;
import org.thidua.ingest.extract.task.TaskExtractor;
import org.thidua.ingest.extract.text.Deadlines;
import org.thidua.ingest.extract.text.Reflow;
import org.thidua.ingest.extract.unit.UnitCanonicalizer;
import org.thidua.ingest.plan.LegalReference;
import org.thidua.ingest.plan.Plan;
import org.thidua.ingest.structure.PlanDocument;

/**
 * Turns a parsed plan ({@link PlanDocument}) into a {@link Plan}: recovers tables from plain text, then reads
 * identity, tasks, legal references, obligations, movements, periods and targets. Thread-safe; build one and
 * share it (construction loads the dictionaries and compiles the patterns).
 */
public final class PlanExtractor {

  private final PlainTextTables tables = new PlainTextTables();
  private final LineTables lineTables;
  private final Reflow reflow = new Reflow();
  private final IdentityExtractor identity;
  private final TaskExtractor tasks;
  private final LegalReferenceExtractor legal;
  private final ObligationExtractor obligations;
  private final MovementExtractor movements;
  private final PeriodExtractor periods = new PeriodExtractor();
  private final TargetExtractor targets = new TargetExtractor();
  private final Set<String> parentTypes;
  private final Pattern preambleStart;

  /** An extractor with thidua's dictionaries, abbreviations expanded with {@link Abbreviations#bundled()}. */
  public PlanExtractor() {
    this(Abbreviations.bundled()::expand);
  }

  /**
   * @param expandAbbreviations expands abbreviations in names ("TĐKT" → "thi đua, khen thưởng") for law names
   *     and the parts of unit names the unit dictionary does not know
   */
  public PlanExtractor(UnaryOperator<String> expandAbbreviations) {
    PlanTerms terms = PlanTerms.load();
    DocumentSymbols symbols = DocumentSymbols.load();
    UnitNames unitNames = UnitNames.load();
    UnitCanonicalizer units = new UnitCanonicalizer(unitNames, expandAbbreviations);
    Deadlines deadlines = new Deadlines(terms);
    this.lineTables = new LineTables(terms);
    this.identity = new IdentityExtractor(Provinces.load(), symbols, unitNames, terms, expandAbbreviations);
    this.tasks = new TaskExtractor(terms, units, deadlines);
    this.legal = new LegalReferenceExtractor(LegalRegistry.load(expandAbbreviations), symbols, terms);
    this.obligations = new ObligationExtractor(terms, units, deadlines);
    this.movements = new MovementExtractor(terms);
    this.parentTypes = new LinkedHashSet<>(terms.get("parent.type"));
    StringBuilder alt = new StringBuilder();
    for (String p : terms.get("preamble.start")) {
      alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(p));
    }
    this.preambleStart = Pattern.compile("(?iU)(?:^|[;.]\\s*)(?:" + alt + ")(?![\\p{L}])");
  }

  /**
   * Recovers structure lost in plain text: tables written as tab-separated lines; for PDF and OCR text also
   * tables whose cells came out line by line, and paragraphs broken at the margin.
   */
  public PlanDocument recoverStructure(PlanDocument doc) {
    PlanDocument d = tables.recover(doc);
    if (Reflow.needed(d)) {
      d = reflow.reflow(lineTables.recover(d));
    }
    return d;
  }

  /**
   * Extracts a plan from a parsed document.
   *
   * @param doc the parsed document (structure recovery is applied here)
   * @param id the plan id (first 16 hex characters of the SHA-256)
   * @param sha256 SHA-256 of the file's bytes, hex
   */
  public Plan extract(PlanDocument doc, String id, String sha256) {
    PlanDocument recovered = recoverStructure(doc);
    DocumentLines lines = DocumentLines.of(recovered);
    Identity ident = identity.extract(lines);

    // everything after the number line may cite documents (the header names the plan itself)
    List<String> body = new ArrayList<>(lines.size());
    int firstBody = ident.numberLine() + 1;
    for (int i = 0; i < lines.size(); i++) {
      body.add(i < firstBody ? "" : lines.text(i));
    }
    String ownId = ident.docNumber() == null ? null : ident.docNumber();
    LegalReferenceExtractor.Result refs = legal.extract(body, ident.asOf(), ownId);

    List<String> parents = new ArrayList<>();
    for (LegalReferenceExtractor.Mention m : refs.mentions()) {
      if (m.line() < ident.bodyStart() || m.line() >= ident.preambleEnd()) {
        continue;
      }
      LegalReference r = refs.references().stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
      if (r.type() != null && parentTypes.contains(r.type()) && inImplementingSentence(lines.text(m.line()), m.start())
          && !parents.contains(r.id())) {
        parents.add(r.id());
      }
    }

    int to = Math.min(lines.size(), ident.closing() + 1);
    List<String> all = new ArrayList<>(lines.size());
    for (DocumentLines.Line l : lines.lines()) {
      all.add(l.text());
    }
    return new Plan(
        id,
        doc.fileName(),
        sha256,
        doc.mediaType(),
        ident.docNumber(),
        ident.docType(),
        ident.issuer(),
        ident.province(),
        ident.currentProvince(),
        ident.date(),
        ident.year(),
        ident.title(),
        ident.signer(),
        ident.recipients(),
        tasks.extract(recovered, lines),
        refs.references(),
        obligations.extract(lines, ident.bodyStart(), to),
        movements.extract(all),
        periods.extract(all),
        targets.extract(all),
        parents,
        doc.warnings() == null ? List.of() : List.copyOf(doc.warnings()));
  }

  /** Whether a citation sits in a sentence that says the plan implements it ("Thực hiện …", "Căn cứ …"). */
  private boolean inImplementingSentence(String line, int at) {
    Matcher m = preambleStart.matcher(line);
    return m.find() && m.start() <= at;
  }
}
