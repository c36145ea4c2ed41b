package org.thidua.ingest.analytics.legal;

import java.util.Map;

/**
 * One cited document across the plans.
 *
 * @param id canonical symbol ("91/2017/NĐ-CP")
 * @param type "Nghị định", …
 * @param title the registry's subject line, else the first citation as written
 * @param status in_force, expired, partly_expired, or unknown (not in the registry)
 * @param replacedBy the replacing document(s), from the registry
 * @param citations mentions: one for each citing plan's reference plus each further mention in its tasks and
 *     obligations
 * @param plans number of citing plans
 * @param byProvince citing plans per province
 * @param byYear citing plans per year
 */
public record LegalRefRow(
    String id,
    String type,
    String title,
    String status,
    String replacedBy,
    int citations,
    int plans,
    Map<String, Integer> byProvince,
    Map<String, Integer> byYear) {}
