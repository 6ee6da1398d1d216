package dev.ashlar.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one table several resources declare (each resource reads and writes only its own columns of it): the union of
 * their columns, indexes, foreign keys and checks, identical declarations counted once.
 *
 * <p>A column is required in the table only when every resource declares it and requires it; a column only some
 * resources declare is nullable, since rows written through the others never get a value. Two declarations of one
 * column that differ in anything else (type, size, default, database generation), two primary keys, or two
 * indexes, foreign keys or checks of one name that differ are conflicts, reported naming both resources.
 */
public final class SharedTable {

    /** One resource's declaration of the table. */
    public record Part(String resource, TableModel table) {
        public Part {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(table, "table");
        }
    }

    /** The merged table, and one sentence per conflict (empty when the declarations agree). */
    public record Merge(TableModel table, List<String> conflicts) {
        public Merge {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** A declaration and the first resource that made it. */
    private record Owned<T>(T value, String resource) {}

    private final List<Part> parts;
    private final String table;
    private final List<String> conflicts = new ArrayList<>();

    private SharedTable(List<Part> parts) {
        this.parts = List.copyOf(parts);
        this.table = parts.get(0).table().name();
    }

    /** Merges the declarations of one table, in the order given (the first part's columns come first). */
    public static Merge of(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no declaration to merge");
        }
        return parts.size() == 1 ? new Merge(parts.get(0).table(), List.of()) : new SharedTable(parts).merge();
    }

    private Merge merge() {
        checkPrimaryKeys();
        List<ColumnModel> columns = union(TableModel::columns, ColumnModel::name, "column",
                SharedTable::columnDifference).stream().map(this::tableColumn).toList();
        List<IndexModel> indexes = union(TableModel::indexes, IndexModel::name, "index",
                (a, b) -> a.equals(b) ? null : describe(a) + " vs " + describe(b));
        List<ForeignKeyModel> foreignKeys = union(TableModel::foreignKeys, ForeignKeyModel::name, "foreign key",
                (a, b) -> a.equals(b) ? null : a + " vs " + b);
        List<CheckModel> checks = union(TableModel::checks, CheckModel::name, "check",
                (a, b) -> a.equals(b) ? null : a + " vs " + b);
        TableModel merged = new TableModel(table, columns, parts.get(0).table().primaryKey(), indexes, foreignKeys,
                checks);
        return new Merge(merged, conflicts);
    }

    private void checkPrimaryKeys() {
        Part first = parts.get(0);
        for (Part part : parts.subList(1, parts.size())) {
            if (!part.table().primaryKey().equals(first.table().primaryKey())) {
                conflicts.add(part.resource() + ": table " + table + " is shared with " + first.resource()
                        + ", which declares primary key " + first.table().primaryKey() + ", but "
                        + part.resource() + " declares " + part.table().primaryKey()
                        + "; resources sharing a table need the same primary key");
            }
        }
    }

    /**
     * Every part's elements by name, first declaration first. {@code difference} says how two declarations of one
     * name differ ({@code null} when they agree); a difference is a conflict.
     */
    private <T> List<T> union(Function<TableModel, List<T>> elements, Function<T, String> name, String what,
                              BiFunction<T, T, String> difference) {
        Map<String, Owned<T>> byName = new LinkedHashMap<>();
        for (Part part : parts) {
            for (T element : elements.apply(part.table())) {
                Owned<T> known = byName.putIfAbsent(name.apply(element), new Owned<>(element, part.resource()));
                String differs = known == null ? null : difference.apply(known.value(), element);
                if (differs != null) {
                    conflicts.add(part.resource() + "." + name.apply(element) + ": table " + table
                            + " is shared with " + known.resource() + ", which declares " + what + " "
                            + name.apply(element) + " differently (" + known.resource() + " vs "
                            + part.resource() + ": " + differs + "); declare it the same way in both");
                }
            }
        }
        return byName.values().stream().map(Owned::value).toList();
    }

    /** Required only when every part declares the column and requires it. */
    private ColumnModel tableColumn(ColumnModel column) {
        boolean requiredByAll = parts.stream().allMatch(p -> p.table().column(column.name())
                .map(c -> !c.nullable()).orElse(false));
        return new ColumnModel(column.name(), column.type(), !requiredByAll, column.defaultValue(), column.identity());
    }

    private static String describe(IndexModel index) {
        return (index.unique() ? "unique on " : "on ") + index.columns()
                + (index.where() != null ? " where " + index.where() : "");
    }

    /**
     * How two declarations of a column differ, nullability aside; default values are not shown (the attribute may
     * be sensitive).
     */
    private static String columnDifference(ColumnModel a, ColumnModel b) {
        if (!a.type().equals(b.type())) {
            return a.type() + " vs " + b.type();
        }
        if (a.identity() != b.identity()) {
            return "database-generated in one only";
        }
        boolean sameDefault = a.equals(new ColumnModel(b.name(), b.type(), a.nullable(), b.defaultValue(),
                b.identity()));
        return sameDefault ? null : "different defaults";
    }
}
