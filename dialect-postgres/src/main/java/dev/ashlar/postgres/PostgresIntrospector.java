package dev.ashlar.postgres;

import dev.ashlar.error.DataLayerException;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the live schema of {@code current_schema()} from {@code pg_catalog} into the neutral model at storage level
 * (see {@link PostgresStorageModel} for what that means and what a declaration is expected to read back as).
 *
 * <p>Tables are ordinary and partitioned tables (not partitions), except {@code flyway_schema_history}. Columns come in
 * table order; defaults through {@code pg_get_expr} ({@link PostgresExpressions#literal}); an identity is a column
 * {@code GENERATED ... AS IDENTITY} or defaulting to {@code nextval(...)} (serial). Indexes exclude the one behind the
 * primary key and those behind exclusion constraints; keys are columns or {@code lower(column)}, any other expression
 * is kept as PostgreSQL prints it, in the column slot; included ({@code INCLUDE}) columns are left out. A type no
 * storage-level attribute type represents (int4, float8, timestamp without time zone, json, domains, arrays, ...)
 * raises {@link DataLayerException} naming the column, rather than being reported as something it is not.
 */
final class PostgresIntrospector {
    private final Connection connection;

    PostgresIntrospector(Connection connection) {
        this.connection = connection;
    }

    SchemaModel read() throws SQLException {
        Map<String, List<ColumnModel>> columns = columns();
        Map<String, List<String>> primaryKeys = new TreeMap<>();
        Map<String, List<ForeignKeyModel>> foreignKeys = new TreeMap<>();
        Map<String, List<CheckModel>> checks = new TreeMap<>();
        constraints(primaryKeys, foreignKeys, checks);
        Map<String, List<IndexModel>> indexes = indexes();
        List<TableModel> tables = new ArrayList<>();
        for (Map.Entry<String, List<ColumnModel>> e : columns.entrySet()) {
            String t = e.getKey();
            tables.add(new TableModel(t, e.getValue(), primaryKeys.getOrDefault(t, List.of()),
                    sorted(indexes.get(t), IndexModel::name), sorted(foreignKeys.get(t), ForeignKeyModel::name),
                    sorted(checks.get(t), CheckModel::name)));
        }
        return SchemaModel.of(tables);
    }

    /** Columns of every table (tables without columns included), in table order. */
    private Map<String, List<ColumnModel>> columns() throws SQLException {
        Map<String, List<ColumnModel>> byTable = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select c.relname, a.attname, t.typname, tn.nspname, t.typtype, a.atttypmod, a.attndims,
                       format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity::text,
                       a.attgenerated::text, pg_get_expr(d.adbin, d.adrelid)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                left join pg_type t on t.oid = a.atttypid left join pg_namespace tn on tn.oid = t.typnamespace
                left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                  and c.relname <> 'flyway_schema_history'
                order by c.relname, a.attnum""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                List<ColumnModel> columns = byTable.computeIfAbsent(table, k -> new ArrayList<>());
                String column = rs.getString(2);
                if (column == null) {
                    continue;
                }
                String where = table + "." + column;
                if (flag(rs.getString(11))) {
                    throw unsupported(where, "a generated column");
                }
                AttributeType type = type(where, rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getInt(7), rs.getString(8));
                String defaultSql = rs.getString(12);
                boolean serial = defaultSql != null && defaultSql.startsWith("nextval(");
                boolean identity = flag(rs.getString(10)) || serial;
                columns.add(new ColumnModel(column, type, !rs.getBoolean(9),
                        serial ? null : PostgresExpressions.literal(defaultSql, type), identity));
            }
        }
        return byTable;
    }

    /**
     * The types Ashlar's DDL emits, plus {@code varchar} without a length (the same as text). The rest has no
     * storage-level attribute type.
     */
    private static AttributeType type(String where, String name, String schema, String typtype, int typmod,
                                      int dimensions, String formatted) {
        if (dimensions > 0 || !"pg_catalog".equals(schema) || !"b".equals(typtype)) {
            throw unsupported(where, "type " + formatted);
        }
        return switch (name) {
            case "uuid" -> AttributeType.uuid();
            case "text" -> AttributeType.text();
            case "varchar" -> typmod < 0 ? AttributeType.text() : AttributeType.string(typmod - 4);
            case "int8" -> AttributeType.integer();
            case "numeric" -> numeric(where, typmod, formatted);
            case "bool" -> AttributeType.bool();
            case "date" -> AttributeType.date();
            case "time" -> microseconds(where, typmod, formatted, AttributeType.time());
            case "timestamptz" -> microseconds(where, typmod, formatted, AttributeType.timestamp());
            case "jsonb" -> AttributeType.json();
            case "bytea" -> AttributeType.binary();
            default -> throw unsupported(where, "type " + formatted);
        };
    }

    private static AttributeType numeric(String where, int typmod, String formatted) {
        if (typmod < 0) {
            return AttributeType.decimal(); // numeric without precision
        }
        int precision = ((typmod - 4) >> 16) & 0xffff;
        int scale = (typmod - 4) & 0xffff;
        if (scale > precision) { // also a negative scale (PostgreSQL 15), stored as 11 bits
            throw unsupported(where, "type " + formatted);
        }
        return AttributeType.decimal(precision, scale);
    }

    /** {@code time} and {@code timestamptz} keep microseconds at the default precision or at 6, not below. */
    private static AttributeType microseconds(String where, int typmod, String formatted, AttributeType type) {
        if (typmod >= 0 && typmod != 6) {
            throw unsupported(where, "type " + formatted + " (precision below microseconds)");
        }
        return type;
    }

    private static DataLayerException unsupported(String where, String what) {
        return new DataLayerException("cannot introspect column " + where + ": " + what
                + " is not represented by any storage-level attribute type");
    }

    private void constraints(Map<String, List<String>> primaryKeys, Map<String, List<ForeignKeyModel>> foreignKeys,
                             Map<String, List<CheckModel>> checks) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                select c.relname, k.conname, k.contype,
                       array(select a.attname::text from unnest(k.conkey) with ordinality u(num, i)
                             join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.num order by u.i),
                       array(select a.attname::text from unnest(k.confkey) with ordinality u(num, i)
                             join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.num order by u.i),
                       case when fn.nspname = current_schema() then f.relname::text
                            else fn.nspname || '.' || f.relname end,
                       k.confdeltype, k.confupdtype
                from pg_constraint k join pg_class c on c.oid = k.conrelid
                join pg_namespace n on n.oid = c.relnamespace
                left join pg_class f on f.oid = k.confrelid left join pg_namespace fn on fn.oid = f.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                  and c.relname <> 'flyway_schema_history' and k.contype in ('p', 'f', 'c')
                order by c.relname, k.conname""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                String name = rs.getString(2);
                switch (rs.getString(3)) {
                    case "p" -> primaryKeys.put(table, strings(rs.getArray(4)));
                    case "f" -> foreignKeys.computeIfAbsent(table, k -> new ArrayList<>()).add(new ForeignKeyModel(
                            name, strings(rs.getArray(4)), rs.getString(6), strings(rs.getArray(5)),
                            action(table, name, rs.getString(7)), action(table, name, rs.getString(8))));
                    default -> checks.computeIfAbsent(table, k -> new ArrayList<>()).add(CheckModel.sql(name, ""));
                }
            }
        }
    }

    private static ForeignKeyAction action(String table, String name, String code) {
        return switch (code) {
            case "a" -> ForeignKeyAction.NO_ACTION;
            case "r" -> ForeignKeyAction.RESTRICT;
            case "c" -> ForeignKeyAction.CASCADE;
            case "n" -> ForeignKeyAction.SET_NULL;
            default -> throw new DataLayerException("cannot introspect foreign key " + table + "." + name
                    + ": action set default is not one of cascade, set null, restrict, no action");
        };
    }

    private Map<String, List<IndexModel>> indexes() throws SQLException {
        boolean hasNullsNotDistinct = connection.getMetaData().getDatabaseMajorVersion() >= 15;
        Map<String, List<IndexModel>> byTable = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                select c.relname, i.relname, x.indisunique,
                       %s,
                       pg_get_expr(x.indpred, x.indrelid, true),
                       array(select coalesce(a.attname::text, '') from generate_series(1, x.indnkeyatts) k
                             left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[k - 1]
                                  and x.indkey[k - 1] <> 0
                             order by k),
                       array(select pg_get_indexdef(x.indexrelid, k, true) from generate_series(1, x.indnkeyatts) k
                             order by k)
                from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                  and c.relname <> 'flyway_schema_history' and not x.indisprimary
                  and not exists (select 1 from pg_constraint e where e.conindid = x.indexrelid and e.contype = 'x')
                order by c.relname, i.relname""".formatted(
                        hasNullsNotDistinct ? "x.indnullsnotdistinct" : "false"));
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                List<String> columns = strings(rs.getArray(6));
                List<String> definitions = strings(rs.getArray(7));
                List<IndexKey> keys = new ArrayList<>();
                for (int k = 0; k < columns.size(); k++) {
                    keys.add(columns.get(k).isEmpty() ? expressionKey(definitions.get(k)) : IndexKey.of(columns.get(k)));
                }
                String where = rs.getString(5);
                byTable.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new IndexModel(rs.getString(2),
                        keys, rs.getBoolean(3), !rs.getBoolean(4),
                        where == null ? null : PostgresExpressions.unwrap(where)));
            }
        }
        return byTable;
    }

    /** {@code lower(col)} reads as a lower-cased key; any other expression is kept as printed, in the column slot. */
    private static IndexKey expressionKey(String expression) {
        String column = PostgresExpressions.lowerKeyColumn(expression);
        return column != null ? new IndexKey(column, true) : IndexKey.of(expression);
    }

    /** A {@code "char"} catalog flag: set unless empty. */
    private static boolean flag(String value) {
        return value != null && !value.isEmpty() && value.charAt(0) != '\0';
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
        return items == null ? List.of() : items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
