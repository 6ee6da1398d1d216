package dev.ashlar.action;

import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.row.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a bulk create: the rows written (in input order) and the errors by input index.
 */
public record BulkResult(String resource, String action, List<Row> rows, Map<Integer, List<FieldError>> errors) {
    public BulkResult {
        rows = List.copyOf(rows);
        errors = java.util.Collections.unmodifiableMap(new TreeMap<>(errors));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The rows, or an {@link InvalidInputException} whose field paths start with {@code [index]}. */
    public List<Row> orThrow() {
        if (ok()) {
            return rows;
        }
        List<FieldError> all = new ArrayList<>();
        errors.forEach((index, list) -> list.forEach(e -> all.add(e.under("[" + index + "]"))));
        throw new InvalidInputException(resource, action, all);
    }
}
