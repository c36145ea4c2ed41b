package org.thidua.ingest.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates realistic random emulation-and-commendation plans for tests and benchmarks: different agencies,
 * provinces (named as of the plan's date, the 2025 merger included), years 2021–2025, legal bases in force on
 * the date (now and then a replaced one), paraphrased tasks by quarter, units, targets and deadlines, in two
 * table layouts. Plan {@code i} of a seed is always the same plan, whatever was generated before it, so
 * plans can be generated in any order or in parallel.
 */
public final class PlanGenerator {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
  private static final String[] QUARTERS = {"I", "II", "III", "IV"};

  private final long seed;
  private final Vocabulary vocab = Vocabulary.get();
  /** Probability that a legal basis is the one already replaced on the plan's date. */
  private final double staleRate;

  public PlanGenerator(long seed) {
    this(seed, 0.15);
  }

  public PlanGenerator(long seed, double staleRate) {
    this.seed = seed;
    this.staleRate = staleRate;
  }

  /** Plan number {@code index} of this generator's seed. */
  public SyntheticPlan generate(int index) {
    Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    return new Builder(rnd, index).build();
  }

  /** Plans {@code 0 … count-1}. */
  public List<SyntheticPlan> generate(int from, int count) {
    List<SyntheticPlan> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(generate(from + i));
    }
    return out;
  }

  private final class Builder {
    private final Random rnd;
    private final int index;
    private final List<DraftBlock> body = new ArrayList<>();
    private String duplicated;

    Builder(Random rnd, int index) {
      this.rnd = rnd;
      this.index = index;
    }

    SyntheticPlan build() {
      int year = 2021 + rnd.nextInt(5);
      boolean secondHalf = year == 2025 && rnd.nextDouble() < 0.35;
      LocalDate date =
          secondHalf
              ? LocalDate.of(2025, 7 + rnd.nextInt(4), 1 + rnd.nextInt(28))
              : LocalDate.of(year, 1 + rnd.nextInt(2), 3 + rnd.nextInt(25));
      boolean merged = !date.isBefore(MERGER);

      Vocabulary.Province prov = pick(vocab.provinces);
      String province = merged ? prov.current() : prov.name();
      Vocabulary.Agency agency = pick(vocab.agencies);
      while (merged && agency.district()) {
        agency = pick(vocab.agencies); // district level ended on 2025-07-01
      }
      String district = pick(prov.districts());
      String issuer = fill(agency.citeName(), province, district);
      String place = agency.district() ? district : province;

      boolean blankNumber = rnd.nextDouble() < 0.1;
      String docNumber = (blankNumber ? "" : String.format("%02d", 1 + rnd.nextInt(240))) + "/" + agency.symbol();
      String numberLine = "Số: " + (blankNumber ? "       " : "") + docNumber;
      boolean dayBlank = blankNumber && rnd.nextBoolean();
      String placeDate =
          dayBlank
              ? String.format("%s, ngày      tháng %02d năm %d", place, date.getMonthValue(), date.getYear())
              : String.format(
                  "%s, ngày %02d tháng %02d năm %d", place, date.getDayOfMonth(), date.getMonthValue(), date.getYear());
      List<String> letterhead = new ArrayList<>();
      for (String line : agency.letterhead()) {
        letterhead.add(fill(line, province, district));
      }
      DraftPlan.Letterhead head =
          new DraftPlan.Letterhead(letterhead, numberLine, DraftPlan.Letterhead.NATIONAL_MOTTO, placeDate, rnd.nextDouble() < 0.7);

      String title =
          secondHalf
              ? "Công tác thi đua, khen thưởng 6 tháng cuối năm " + year
              : pick(List.of("Công tác thi đua, khen thưởng năm ", "Triển khai công tác thi đua, khen thưởng năm ", "Tổ chức phong trào thi đua và công tác khen thưởng năm "))
                  + year;
      body.add(new DraftBlock.Text("KẾ HOẠCH", DraftBlock.Style.KIND));
      body.add(new DraftBlock.Text(title, DraftBlock.Style.TITLE));

      // Legal bases in force on the date, now and then the replaced predecessor instead.
      List<String> legalIds = new ArrayList<>();
      List<String> staleIds = new ArrayList<>();
      List<String> citations = new ArrayList<>();
      Set<String> groups = new LinkedHashSet<>();
      vocab.legal.forEach(l -> groups.add(l.group()));
      for (String group : groups) {
        List<Vocabulary.Legal> chain = vocab.legal.stream().filter(l -> l.group().equals(group)).toList();
        int current = -1;
        for (int i = 0; i < chain.size(); i++) {
          if (chain.get(i).inForceOn(date)) {
            current = i;
          }
        }
        if (current < 0 || (group.equals("initiative") || group.equals("directive")) && rnd.nextBoolean()) {
          continue;
        }
        int chosen = current > 0 && rnd.nextDouble() < staleRate ? current - 1 : current;
        Vocabulary.Legal l = chain.get(chosen);
        legalIds.add(l.id());
        if (chosen != current) {
          staleIds.add(l.id());
        }
        citations.add(l.citation());
      }
      body.add(new DraftBlock.Text("Căn cứ " + String.join("; ", citations) + ";", DraftBlock.Style.ITALIC));
      if (!agency.key().equals("ubnd") || agency.district()) {
        String parentIssuer = agency.district() ? "UBND tỉnh " + province : "UBND tỉnh " + province;
        LocalDate parentDate = date.minusDays(5 + rnd.nextInt(20));
        body.add(
            new DraftBlock.Text(
                String.format(
                    "Thực hiện Kế hoạch số %02d/KH-UBND ngày %s của %s về công tác thi đua, khen thưởng năm %d;",
                    1 + rnd.nextInt(60), dmy(parentDate), parentIssuer, year),
                DraftBlock.Style.ITALIC));
      }
      body.add(text(issuer + " ban hành Kế hoạch " + lowerFirst(title) + " như sau:"));

      heading("I. MỤC ĐÍCH, YÊU CẦU");
      sub("1. Mục đích");
      for (String s : sample(vocab.sentences.get("purpose"), 2)) {
        body.add(text(s.replace("{year}", "" + year).replace("{issuer}", issuer)));
      }
      sub("2. Yêu cầu");
      for (String s : sample(vocab.sentences.get("require"), 2)) {
        body.add(text(s));
      }

      heading("II. NỘI DUNG, CHỈ TIÊU THI ĐUA");
      List<String> movements = sample(vocab.movements, 2 + rnd.nextInt(3));
      body.add(
          text("Tiếp tục triển khai sâu rộng các phong trào thi đua: “" + String.join("”; “", movements) + "”."));
      for (String s : sample(vocab.sentences.get("target"), 2)) {
        body.add(
            text(s.replace("{pct}", "" + (60 + 5 * rnd.nextInt(7))).replace("{pct2}", "" + (20 + 5 * rnd.nextInt(5)))));
      }
      if (rnd.nextBoolean()) {
        LocalDate from = secondHalf ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1).plusDays(date.getDayOfYear());
        body.add(
            text(
                "Đợt thi đua cao điểm từ ngày " + dmy(from) + " đến ngày " + dmy(LocalDate.of(year, 12, 15))
                    + ": thi đua lập thành tích chào mừng các ngày lễ lớn của đất nước và của tỉnh năm " + year + "."));
      }

      heading("III. NHIỆM VỤ CỤ THỂ");
      int tasks = taskTable(agency, issuer, year, secondHalf);

      heading("IV. TỔ CHỨC THỰC HIỆN");
      String lead = agency.leads().get(0);
      String units = String.join("; ", agency.addressed());
      String reportTo = fill(agency.reportTo(), province, district);
      int n = 1;
      for (String s : vocab.sentences.get("organise")) {
        String t =
            s.replace("{lead}", lead)
                .replace("{issuer}", issuer)
                .replace("{units}", units)
                .replace("{year}", "" + year)
                .replace("{reportTo}", reportTo)
                .replace("{deadline}", dmy(date.plusDays(20 + rnd.nextInt(25))))
                .replace("{deadline2}", dmy(LocalDate.of(year, 12, 10 + rnd.nextInt(10))))
                .replace("{deadline3}", dmy(LocalDate.of(year, 6, 5 + rnd.nextInt(15))))
                .replace("{deadline4}", dmy(LocalDate.of(year, 11, 10 + rnd.nextInt(15))));
        if (secondHalf && t.contains("6 tháng")) {
          continue;
        }
        body.add(text(t.endsWith("./.") ? t : n++ + ". " + t));
      }

      List<String> recipients = new ArrayList<>();
      boolean provincial = agency.key().equals("ubnd") && !agency.district();
      recipients.add(provincial ? "- Ban Thi đua - Khen thưởng Trung ương (b/c);" : "- UBND tỉnh " + province + " (b/c);");
      if (!provincial) {
        recipients.add("- Sở Nội vụ (Ban Thi đua - Khen thưởng);");
      }
      recipients.add(agency.key().equals("ubnd") ? "- Chủ tịch, các PCT UBND;" : "- Lãnh đạo cơ quan;");
      for (String u : agency.addressed()) {
        recipients.add("- " + u + ";");
      }
      recipients.add("- Lưu: VT, TĐKT.");
      DraftPlan.Signature sign = new DraftPlan.Signature(agency.authority(), agency.role(), name());
      DraftPlan draft = new DraftPlan(head, body, recipients, sign);
      return new SyntheticPlan(
          index, docNumber, issuer, province, prov.current(), date, dayBlank, year, title,
          List.copyOf(legalIds), List.copyOf(staleIds), tasks, duplicated, draft);
    }

    /** The task table; returns the number of task rows. */
    private int taskTable(Vocabulary.Agency agency, String issuer, int year, boolean secondHalf) {
      boolean timeColumn = rnd.nextDouble() < 0.35;
      boolean spanHeadings = rnd.nextBoolean();
      List<DraftBlock.Row> rows = new ArrayList<>();
      rows.add(
          DraftBlock.Row.header(
              timeColumn
                  ? List.of("TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện")
                  : List.of("TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp")));
      int count = 0;
      int no = 1;
      for (int q = secondHalf ? 2 : 0; q < 4; q++) {
        String quarter = QUARTERS[q];
        List<Vocabulary.TaskTemplate> pool =
            vocab.tasks.stream().filter(t -> t.quarter().equals(quarter)).filter(t -> t.core() ? rnd.nextDouble() < 0.9 : rnd.nextDouble() < 0.5).toList();
        if (pool.isEmpty()) {
          continue;
        }
        if (!timeColumn) {
          String headingText = "Nhiệm vụ thực hiện trong quý " + quarter + (rnd.nextBoolean() ? "" : "/" + year);
          rows.add(spanHeadings ? DraftBlock.Row.span(headingText.toUpperCase(VI)) : DraftBlock.Row.body(List.of(quarter, headingText, "", "")));
          no = 1;
        }
        for (Vocabulary.TaskTemplate t : pool) {
          String text = taskText(t, issuer, year);
          String lead = pick(agency.leads());
          String other = rnd.nextDouble() < 0.8 ? pick(agency.addressed()) : "";
          if (timeColumn) {
            String when =
                rnd.nextBoolean()
                    ? "Quý " + quarter + "/" + year
                    : "Tháng " + (3 * q + 1 + rnd.nextInt(3)) + "/" + year;
            rows.add(DraftBlock.Row.body(List.of("" + no++, text, other.isEmpty() ? lead : lead + "\n" + other, when)));
          } else {
            rows.add(DraftBlock.Row.body(List.of("" + no++, text, lead, other)));
          }
          count++;
        }
      }
      List<Vocabulary.TaskTemplate> yearRound = vocab.tasks.stream().filter(t -> t.quarter().equals("all")).toList();
      if (rnd.nextBoolean()) {
        if (!timeColumn) {
          String h = "Nhiệm vụ thực hiện thường xuyên";
          rows.add(spanHeadings ? DraftBlock.Row.span(h.toUpperCase(VI)) : DraftBlock.Row.body(List.of("V", h, "", "")));
          no = 1;
        }
        for (Vocabulary.TaskTemplate t : yearRound) {
          String text = taskText(t, issuer, year);
          String lead = pick(agency.leads());
          rows.add(
              DraftBlock.Row.body(
                  timeColumn ? List.of("" + no++, text, lead, "Thường xuyên") : List.of("" + no++, text, lead, pick(agency.addressed()))));
          count++;
        }
      }
      if (rnd.nextDouble() < 0.12 && count > 2) {
        // the same obligation given again to another lead, as happens when plans are merged from drafts
        int at = bodyRowIndex(rows, rnd.nextInt(count));
        DraftBlock.Row original = rows.get(at);
        List<String> copy = new ArrayList<>(original.cells());
        copy.set(0, "" + no++);
        String otherLead = agency.leads().stream().filter(l -> !original.cells().get(2).startsWith(l)).findFirst().orElse(agency.leads().get(0));
        copy.set(2, otherLead);
        rows.add(DraftBlock.Row.body(copy));
        duplicated = original.cells().get(1);
        count++;
      }
      if (rnd.nextDouble() < 0.3) {
        // a page break cutting a long row, which plain text keeps as a continuation line
        int at = bodyRowIndex(rows, rnd.nextInt(count));
        DraftBlock.Row row = rows.get(at);
        int words = row.cells().get(1).split(" ").length;
        if (words > 6) {
          rows.set(at, row.breakingAfter(3 + rnd.nextInt(words - 5)));
        }
      }
      body.add(new DraftBlock.Grid(rows, List.of(6, 50, 22, 22)));
      return count;
    }

    /** Index in {@code rows} of the {@code k}-th task row (numbered first cell). */
    private int bodyRowIndex(List<DraftBlock.Row> rows, int k) {
      int seen = 0;
      for (int i = 0; i < rows.size(); i++) {
        DraftBlock.Row r = rows.get(i);
        if (r.kind() == DraftBlock.RowKind.BODY && r.cells().get(0).matches("\\d+")) {
          if (seen++ == k) {
            return i;
          }
        }
      }
      throw new IllegalStateException("no task row " + k);
    }

    private String taskText(Vocabulary.TaskTemplate t, String issuer, int year) {
      String s = pick(t.variants())
          .replace("{year}", "" + year)
          .replace("{prev}", "" + (year - 1))
          .replace("{next}", "" + (year + 1))
          .replace("{issuer}", issuer);
      return rnd.nextDouble() < 0.8 ? s + "." : s;
    }

    private String name() {
      return pick(vocab.names.get(0)) + " " + pick(vocab.names.get(1)) + " " + pick(vocab.names.get(2));
    }

    private void heading(String s) {
      body.add(new DraftBlock.Text(s, DraftBlock.Style.HEADING));
    }

    private void sub(String s) {
      body.add(new DraftBlock.Text(s, DraftBlock.Style.SUBHEADING));
    }

    private DraftBlock.Text text(String s) {
      return new DraftBlock.Text(s, DraftBlock.Style.BODY);
    }

    private <T> T pick(List<T> xs) {
      return xs.get(rnd.nextInt(xs.size()));
    }

    private <T> List<T> sample(List<T> xs, int k) {
      List<T> copy = new ArrayList<>(xs);
      List<T> out = new ArrayList<>();
      for (int i = 0; i < k && !copy.isEmpty(); i++) {
        out.add(copy.remove(rnd.nextInt(copy.size())));
      }
      return out;
    }
  }

  private static String fill(String template, String province, String district) {
    return template
        .replace("{PROVINCE}", province.toUpperCase(VI))
        .replace("{Province}", province)
        .replace("{DISTRICT}", district.toUpperCase(VI))
        .replace("{District}", district);
  }

  private static String dmy(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
  }
}
