package org.thidua.ingest.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who signed the plan.
 *
 * @param name the signer's name ("Nguyễn Văn A")
 * @param role the signer's position as printed under the authority line ("PHÓ GIÁM ĐỐC")
 * @param authority the signing authority mark ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Signer(String name, String role, String authority) {}
