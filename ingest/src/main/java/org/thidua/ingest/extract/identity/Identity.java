package org.thidua.ingest.extract.identity;

import java.time.LocalDate;
import java.util.List;
import org.thidua.ingest.plan.Signer;

/**
 * A plan's identity as printed in its header and signature block.
 *
 * @param docNumber số/ký hiệu, spacing normalised
 * @param docType kind of document ("Kế hoạch")
 * @param issuer issuing agency
 * @param province province as of the document's date
 * @param currentProvince province after the 2025 merger
 * @param date ISO date, possibly partial
 * @param asOf the date the plan speaks from (its date, else the end of its month or year), or null
 * @param year the plan's year
 * @param title title line(s)
 * @param signer who signed
 * @param recipients "Nơi nhận" items
 * @param numberLine index of the "Số:" line, or -1
 * @param bodyStart index of the first line after the title
 * @param preambleEnd index of the first section heading after the title (end of the "Căn cứ/Thực hiện" part)
 * @param closing index of the body's last line ("./.", "Nơi nhận"), or the number of lines
 */
public record Identity(
    String docNumber,
    String docType,
    String issuer,
    String province,
    String currentProvince,
    String date,
    LocalDate asOf,
    Integer year,
    String title,
    Signer signer,
    List<String> recipients,
    int numberLine,
    int bodyStart,
    int preambleEnd,
    int closing) {}
