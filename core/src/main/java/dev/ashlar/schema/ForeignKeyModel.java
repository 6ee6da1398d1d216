package dev.ashlar.schema;

import dev.ashlar.resource.ForeignKeyAction;
import java.util.List;
import java.util.Objects;

/** A foreign key, named {@code <table>_<column>_fkey}. */
public record ForeignKeyModel(String name, List<String> columns, String referencedTable,
                              List<String> referencedColumns, ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
    public ForeignKeyModel {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }
}
