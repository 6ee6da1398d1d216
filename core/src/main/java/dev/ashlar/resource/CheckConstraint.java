package dev.ashlar.resource;

import java.util.Objects;

/**
 * A check constraint written as a SQL boolean expression over the resource's columns; it must read the same on
 * every dialect the resource may use (plain comparisons and arithmetic do).
 */
public record CheckConstraint(String name, String sql) {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
    }
}
