package org.thidua.ingest.analytics.legal;

/**
 * A plan citing a document that had already been replaced on the plan's date.
 *
 * @param planId the citing plan
 * @param docNumber its number
 * @param issuer its issuer
 * @param province its province
 * @param date its date
 * @param refId the cited document
 * @param type its type
 * @param asWritten how the plan cites it
 * @param status its registry status today
 * @param replacedBy what replaced it by the plan's date (the last of a chain: 91/2017 → 98/2023 → 152/2025)
 * @param replacedFrom when that replacement took effect
 * @param replacementTitle its subject line
 */
public record OutdatedCitation(
    String planId,
    String docNumber,
    String issuer,
    String province,
    String date,
    String refId,
    String type,
    String asWritten,
    String status,
    String replacedBy,
    String replacedFrom,
    String replacementTitle) {}
