package org.thidua.ingest.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One extracted plan (kế hoạch). The JSON field names are a public contract (README, "Plan JSON").
 *
 * @param id stable identifier: the SHA-256 of the original file's bytes, hex, first 16 characters
 * @param file the file name as given (no directories)
 * @param sha256 SHA-256 of the original file's bytes, hex
 * @param mediaType detected media type of the original file
 * @param docNumber số/ký hiệu as printed, spacing normalised ("217/KH-LĐLĐ"; blank number kept: "/KH-SNV")
 * @param docType kind of document from the symbol or heading ("KH" → "Kế hoạch")
 * @param issuer the issuing agency as named in the header
 * @param province province as of the document's date
 * @param currentProvince province after the 2025 merger
 * @param date ISO date, or "yyyy-MM" when the day is blank
 * @param year the plan's year (the year it plans for, else the year of its date)
 * @param title the title line(s) after the document kind
 * @param parentRefs legal-reference ids of plans this plan says it implements ("Thực hiện Kế hoạch số …")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plan(
    String id,
    String file,
    String sha256,
    String mediaType,
    String docNumber,
    String docType,
    String issuer,
    String province,
    String currentProvince,
    String date,
    Integer year,
    String title,
    Signer signer,
    List<String> recipients,
    List<Task> tasks,
    List<LegalReference> legalRefs,
    List<Obligation> obligations,
    List<Movement> movements,
    List<Period> periods,
    List<Target> targets,
    List<String> parentRefs,
    List<String> warnings) {}
