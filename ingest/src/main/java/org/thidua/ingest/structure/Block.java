package org.thidua.ingest.structure;

/** A block of a {@link PlanDocument}: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {}
