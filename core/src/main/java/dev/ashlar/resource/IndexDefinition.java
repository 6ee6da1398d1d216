package dev.ashlar.resource;

import java.util.List;
import java.util.Objects;

/**
 * A custom index beyond identities: for lookups, ordering or a partial unique rule.
 *
 * @param columns the indexed attributes, in order
 * @param where   a partial-index predicate in SQL that reads the same on every dialect the resource may use, or
 *                {@code null}
 */
public record IndexDefinition(String name, List<String> columns, boolean unique, String where) {
    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
    }
}
