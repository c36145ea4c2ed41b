package org.thidua.ingest.synth;

import java.util.List;
import java.util.Objects;

/**
 * A plan to be written out, independent of the file format: the letterhead, the body in order, the
 * distribution list and the signature. {@link DocxPlanWriter}, {@link PdfPlanWriter} and {@link TextPlanWriter}
 * lay the same draft out as a Word document, a PDF with a text layer, or plain text in the seeds' layout.
 *
 * @param letterhead issuer block, number, place and date
 * @param body headings, paragraphs and tables in order
 * @param recipients "Nơi nhận" lines, each as printed ("- Như trên;")
 * @param signature the signing block
 */
public record DraftPlan(
    Letterhead letterhead, List<DraftBlock> body, List<String> recipients, Signature signature) {

  public DraftPlan {
    Objects.requireNonNull(letterhead, "letterhead");
    body = List.copyOf(body);
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(signature, "signature");
  }

  /** True when the body places the closing block itself (an appendix follows the signature). */
  public boolean closingInBody() {
    return body.stream().anyMatch(b -> b instanceof DraftBlock.Closing);
  }

  /**
   * The header of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I).
   *
   * @param issuerLines left block, top-down: the superior body (may be absent) then the issuer, as printed
   * @param number the "Số: …" line as printed ("Số: 12/KH-UBND", "Số 08-KH/TĐTN-VP")
   * @param mottoLines right block: the national title and motto, or a mass organisation's own title
   * @param placeDate the "địa danh, ngày … tháng … năm …" line
   * @param asTable true to lay the header out as a borderless two-column table, as Word templates do
   */
  public record Letterhead(
      List<String> issuerLines, String number, List<String> mottoLines, String placeDate, boolean asTable) {
    public Letterhead {
      issuerLines = List.copyOf(issuerLines);
      mottoLines = List.copyOf(mottoLines);
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(placeDate, "placeDate");
    }

    /** The national title and motto used by state bodies and mass organisations alike. */
    public static final List<String> NATIONAL_MOTTO =
        List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
  }

  /**
   * The signing block.
   *
   * @param authority the authority mark ("KT. CHỦ TỊCH", "TM. BAN THƯỜNG VỤ"), or null when the head signs
   * @param role the position printed under it ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC")
   * @param name the signer's full name
   */
  public record Signature(String authority, String role, String name) {
    public Signature {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(name, "name");
    }
  }
}
