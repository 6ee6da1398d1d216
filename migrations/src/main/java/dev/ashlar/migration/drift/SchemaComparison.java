package dev.ashlar.migration.drift;

import dev.ashlar.migration.drift.SchemaDifference.Kind;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two schema models at one dialect's storage level (both as
 * {@link dev.ashlar.spi.SchemaManager#introspect()} reports them): tables, columns (type, nullability, default,
 * database generation), primary keys, indexes, foreign keys with their actions, and checks, each matched by name.
 * Column order is not compared: a database made by other means may order columns differently and work the same.
 */
public final class SchemaComparison {
    private SchemaComparison() {
    }

    /** Every difference, by table name, then in the order above. */
    public static List<SchemaDifference> compare(SchemaModel expected, SchemaModel actual) {
        List<SchemaDifference> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(expected.tables().keySet());
        names.addAll(actual.tables().keySet());
        for (String table : names) {
            TableModel want = expected.tables().get(table);
            TableModel have = actual.tables().get(table);
            if (have == null) {
                out.add(new SchemaDifference(Kind.TABLE_MISSING, table, table, shape(want), null));
            } else if (want == null) {
                out.add(new SchemaDifference(Kind.TABLE_EXTRA, table, table, null, shape(have)));
            } else {
                table(want, have, out);
            }
        }
        return List.copyOf(out);
    }

    private static void table(TableModel want, TableModel have, List<SchemaDifference> out) {
        String table = want.name();
        Map<String, ColumnModel> wantColumns = byName(want.columns(), ColumnModel::name);
        Map<String, ColumnModel> haveColumns = byName(have.columns(), ColumnModel::name);
        for (String name : union(wantColumns, haveColumns)) {
            ColumnModel w = wantColumns.get(name);
            ColumnModel h = haveColumns.get(name);
            if (h == null) {
                out.add(new SchemaDifference(Kind.COLUMN_MISSING, table, name, column(w), null));
            } else if (w == null) {
                out.add(new SchemaDifference(Kind.COLUMN_EXTRA, table, name, null, column(h)));
            } else {
                column(table, w, h, out);
            }
        }
        if (!want.primaryKey().equals(have.primaryKey())) {
            out.add(new SchemaDifference(Kind.PRIMARY_KEY, table, table, columns(want.primaryKey()),
                    columns(have.primaryKey())));
        }
        named(table, want.indexes(), have.indexes(), IndexModel::name, SchemaComparison::index,
                Kind.INDEX_MISSING, Kind.INDEX_EXTRA, Kind.INDEX_CHANGED, out);
        named(table, want.foreignKeys(), have.foreignKeys(), ForeignKeyModel::name, SchemaComparison::foreignKey,
                Kind.FOREIGN_KEY_MISSING, Kind.FOREIGN_KEY_EXTRA, Kind.FOREIGN_KEY_CHANGED, out);
        named(table, want.checks(), have.checks(), CheckModel::name, SchemaComparison::check,
                Kind.CHECK_MISSING, Kind.CHECK_EXTRA, Kind.CHECK_CHANGED, out);
    }

    private static void column(String table, ColumnModel w, ColumnModel h, List<SchemaDifference> out) {
        String name = w.name();
        if (!w.type().equals(h.type())) {
            out.add(new SchemaDifference(Kind.COLUMN_TYPE, table, name, w.type().toString(), h.type().toString()));
        }
        if (w.nullable() != h.nullable()) {
            out.add(new SchemaDifference(Kind.COLUMN_NULLABLE, table, name, nullability(w), nullability(h)));
        }
        if (!sameDefault(w.defaultValue(), h.defaultValue())) {
            out.add(new SchemaDifference(Kind.COLUMN_DEFAULT, table, name, literal(w.defaultValue()),
                    literal(h.defaultValue())));
        }
        if (w.identity() != h.identity()) {
            out.add(new SchemaDifference(Kind.COLUMN_GENERATED, table, name, generation(w), generation(h)));
        }
    }

    /** Elements matched by name: missing, extra, or the same name with a different rendering. */
    private static <T> void named(String table, List<T> want, List<T> have, Function<T, String> name,
                                  Function<T, String> render, Kind missing, Kind extra, Kind changed,
                                  List<SchemaDifference> out) {
        Map<String, T> w = byName(want, name);
        Map<String, T> h = byName(have, name);
        for (String key : union(w, h)) {
            T a = w.get(key);
            T b = h.get(key);
            if (b == null) {
                out.add(new SchemaDifference(missing, table, key, render.apply(a), null));
            } else if (a == null) {
                out.add(new SchemaDifference(extra, table, key, null, render.apply(b)));
            } else if (!a.equals(b)) {
                out.add(new SchemaDifference(changed, table, key, render.apply(a), render.apply(b)));
            }
        }
    }

    private static <T> Map<String, T> byName(List<T> elements, Function<T, String> name) {
        Map<String, T> out = new LinkedHashMap<>();
        elements.forEach(e -> out.put(name.apply(e), e));
        return out;
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> out = new TreeSet<>(a.keySet());
        out.addAll(b.keySet());
        return out;
    }

    private static boolean sameDefault(Object a, Object b) {
        return a instanceof byte[] x && b instanceof byte[] y ? java.util.Arrays.equals(x, y) : Objects.equals(a, b);
    }

    private static String shape(TableModel table) {
        return "columns " + table.columns().stream().map(ColumnModel::name).collect(Collectors.joining(", "));
    }

    static String column(ColumnModel c) {
        return c.type() + " " + nullability(c)
                + (c.defaultValue() == null ? "" : " default " + literal(c.defaultValue()))
                + (c.identity() ? " generated by the database" : "");
    }

    private static String nullability(ColumnModel c) {
        return c.nullable() ? "null" : "not null";
    }

    private static String generation(ColumnModel c) {
        return c.identity() ? "generated by the database" : "not generated";
    }

    private static String literal(Object value) {
        if (value == null) {
            return "no default";
        }
        return value instanceof byte[] bytes ? "x'" + HexFormat.of().formatHex(bytes) + "'"
                : value instanceof String text ? "'" + text + "'" : value.toString();
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String index(IndexModel index) {
        return (index.unique() ? "unique " : "") + "("
                + index.keys().stream().map(SchemaComparison::key).collect(Collectors.joining(", ")) + ")"
                + (index.unique() && !index.nullsDistinct() ? " nulls not distinct" : "")
                + (index.where() == null ? "" : " where " + index.where());
    }

    private static String key(IndexKey key) {
        return key.lowerCase() ? "lower(" + key.column() + ")" : key.column();
    }

    private static String foreignKey(ForeignKeyModel fk) {
        return columns(fk.columns()) + " references " + fk.referencedTable() + columns(fk.referencedColumns())
                + " on delete " + action(fk.onDelete().name()) + " on update " + action(fk.onUpdate().name());
    }

    private static String action(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String check(CheckModel check) {
        return check.isOneOf()
                ? check.column() + " in (" + check.values().stream().map(v -> "'" + v + "'")
                .collect(Collectors.joining(", ")) + ")"
                : check.sql();
    }
}
