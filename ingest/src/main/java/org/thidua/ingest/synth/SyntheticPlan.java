package org.thidua.ingest.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A generated plan with the facts it was generated from, so tests and benchmarks can check extraction against
 * them.
 *
 * @param index position in the generator's sequence
 * @param docNumber số/ký hiệu as printed, spacing normalised ("12/KH-UBND", "/KH-SNV" when left blank)
 * @param issuer the issuing agency ("Sở Y tế tỉnh Hà Giang")
 * @param province province as of the plan's date
 * @param currentProvince province after the 2025 merger
 * @param date the plan's date
 * @param dayBlank true when the day is left blank in the date line (only the month is known)
 * @param year the year planned for
 * @param title the title under "KẾ HOẠCH"
 * @param legalIds ids of the legal documents cited in the preamble
 * @param staleIds those of {@code legalIds} already replaced on the plan's date
 * @param taskCount rows of the task table that are tasks (not headings)
 * @param duplicatedTask text of a task given twice to different leads in this plan, or null
 * @param draft the plan itself
 */
public record SyntheticPlan(
    int index,
    String docNumber,
    String issuer,
    String province,
    String currentProvince,
    LocalDate date,
    boolean dayBlank,
    int year,
    String title,
    List<String> legalIds,
    List<String> staleIds,
    int taskCount,
    String duplicatedTask,
    DraftPlan draft) {

  /** As a Word document. */
  public byte[] toDocx() {
    return DocxPlanWriter.write(draft, date.atTime(8, 0).toInstant(ZoneOffset.ofHours(7)));
  }

  /** As plain text in the seeds' layout. */
  public String toText() {
    return TextPlanWriter.write(draft);
  }

  public byte[] toTextBytes() {
    return toText().getBytes(StandardCharsets.UTF_8);
  }

  /** A file name such as "synth-000042.docx". */
  public String fileName(String extension) {
    return String.format("synth-%06d.%s", index, extension);
  }
}
