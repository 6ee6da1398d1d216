package dev.ashlar.generator;

import dev.ashlar.row.Row;
import java.util.Map;

/** The row being made: its index, the rows it uses, the context and the values made so far (mutable). */
record RowDraft(long index, Map<String, Row> used, Map<String, Object> context, Map<String, Object> values) {
}
