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
}
