package dev.ashlar.tck.support;

import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.List;

/** A small builder for table models written out in full in tests (no derivation from the code under test), for
 * dialect authors testing planners and introspection against hand-written expectations. */
public final class Tables {
    private final String name;
    private final List<ColumnModel> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<IndexModel> indexes = new ArrayList<>();
    private final List<ForeignKeyModel> foreignKeys = new ArrayList<>();
    private final List<CheckModel> checks = new ArrayList<>();

    private Tables(String name) {
        this.name = name;
    }

    public static Tables table(String name) {
        return new Tables(name);
    }

    public static ColumnModel column(String name, AttributeType type, boolean nullable) {
        return new ColumnModel(name, type, nullable, null, false);
    }

    public static ColumnModel column(String name, AttributeType type, boolean nullable, Object defaultValue) {
        return new ColumnModel(name, type, nullable, defaultValue, false);
    }

    public static IndexModel unique(String name, String column, boolean lowerCase) {
        return new IndexModel(name, List.of(new IndexKey(column, lowerCase)), true, true, null);
    }

    public static IndexModel index(String name, String... columns) {
        return new IndexModel(name, List.of(columns).stream().map(IndexKey::of).toList(), false, true, null);
    }

    public static ForeignKeyModel foreignKey(String name, String column, String parent, ForeignKeyAction onDelete) {
        return new ForeignKeyModel(name, List.of(column), parent, List.of("id"), onDelete, ForeignKeyAction.NO_ACTION);
    }

    public Tables id() {
        columns.add(new ColumnModel("id", AttributeType.integer(), false, null, true));
        primaryKey.add("id");
        return this;
    }

    public Tables with(ColumnModel column) {
        columns.add(column);
        return this;
    }

    public Tables primaryKey(String... columnNames) {
        primaryKey.addAll(List.of(columnNames));
        return this;
    }

    public Tables with(IndexModel index) {
        indexes.add(index);
        return this;
    }

    public Tables with(ForeignKeyModel foreignKey) {
        foreignKeys.add(foreignKey);
        return this;
    }

    public Tables with(CheckModel check) {
        checks.add(check);
        return this;
    }

    public TableModel build() {
        return new TableModel(name, columns, primaryKey, indexes, foreignKeys, checks);
    }
}
