package org.thidua.ingest.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document the plan references, once per plan.
 *
 * @param id canonical symbol ("91/2017/NĐ-CP", "34-CT/TW", "15/2003/QH11")
 * @param type "Luật", "Nghị định", "Thông tư", "Chỉ thị", "Nghị quyết", "Quyết định", "Kế hoạch", "Kết luận", …
 * @param number the number part ("91")
 * @param year year of the document
 * @param date ISO date of the document when written or known from the registry
 * @param issuer issuing body ("Chính phủ", "Bộ Nội vụ", "UBND tỉnh Lào Cai")
 * @param asWritten the first mention as written in the plan
 * @param status from the legal registry: in_force, expired, partly_expired, or unknown
 * @param replacedBy id of the replacing document, from the registry
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalReference(
    String id,
    String type,
    String number,
    Integer year,
    String date,
    String issuer,
    String asWritten,
    String status,
    String replacedBy) {}
