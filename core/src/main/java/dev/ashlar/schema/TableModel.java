package dev.ashlar.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One table of the schema model. */
public record TableModel(String name, List<ColumnModel> columns, List<String> primaryKey, List<IndexModel> indexes,
                         List<ForeignKeyModel> foreignKeys, List<CheckModel> checks) {
    public TableModel {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    public Optional<ColumnModel> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The deterministic primary-key constraint name. */
    public String primaryKeyName() {
        return name + "_pkey";
    }

    /**
     * Every name this table puts into the database: the table, its primary key, columns, indexes, foreign keys and
     * checks (generated names such as {@code <table>_<column>_fkey} included), in that order.
     */
    public List<String> identifiers() {
        List<String> names = new java.util.ArrayList<>();
        names.add(name);
        names.add(primaryKeyName());
        columns.forEach(c -> names.add(c.name()));
        indexes.forEach(i -> names.add(i.name()));
        foreignKeys.forEach(f -> names.add(f.name()));
        checks.forEach(c -> names.add(c.name()));
        return names;
    }

    /** The {@link #identifiers()} longer than {@code maxBytes} bytes of UTF-8 (PostgreSQL counts bytes). */
    public List<String> identifiersLongerThan(int maxBytes) {
        return identifiers().stream()
                .filter(n -> n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > maxBytes)
                .distinct()
                .toList();
    }
}
