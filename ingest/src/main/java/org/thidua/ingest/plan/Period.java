package org.thidua.ingest.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An emulation period (đợt thi đua).
 *
 * @param name as written
 * @param from ISO start date
 * @param to ISO end date
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Period(String name, String from, String to) {}
