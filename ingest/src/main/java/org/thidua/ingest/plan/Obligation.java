package org.thidua.ingest.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An obligation assigned in the "Tổ chức thực hiện" part.
 *
 * @param unit the unit it is assigned to
 * @param text the obligation as written
 * @param deadline ISO date when stated ("trước ngày 10/02/2018" → "2018-02-10")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Obligation(ResponsibleUnit unit, String text, String deadline) {}
