package dev.ashlar.sql;

import java.util.List;

/**
 * What a dialect could tell about a constraint failure. SQLite gives no constraint name for unique and foreign-key
 * failures; then {@code name} is {@code null} and {@code columns} (when known) identify it.
 *
 * @param table   the table the message names, or {@code null}
 * @param columns the columns the message names, possibly empty
 */
public record ConstraintError(Kind kind, String name, String table, List<String> columns) {

    public enum Kind { UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK }

    public ConstraintError {
        columns = List.copyOf(columns);
    }
}
