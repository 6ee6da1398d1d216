package dev.ashlar.sqlite;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the live schema of the {@code main} database into the neutral model at storage level (see
 * {@link SqliteStorageModel} for what that means and for the model a declaration is expected to read back as).
 *
 * <p>Facts come from the pragmas ({@code table_list}, {@code table_xinfo}, {@code index_list}, {@code index_xinfo},
 * {@code foreign_key_list}); what they do not tell (constraint names, index key expressions, partial predicates) is
 * read from the {@code CREATE} text in {@code sqlite_schema}. jOOQ's meta is not used: it drops CHECKs, foreign-key
 * actions, partial predicates and expression indexes.
 *
 * <p>Unnamed constraints of hand-written tables get PostgreSQL's default names ({@code <table>_<column>_check},
 * {@code <table>_check}, {@code <table>_<columns>_fkey}, numbered from 1 when taken), so both dialects name them
 * alike. Defaults that are not
 * literals (expressions such as {@code CURRENT_TIMESTAMP}) read as no default. A column whose type no storage-level
 * attribute type represents (REAL, ANY, NUMERIC affinity, generated columns) raises {@link DataLayerException}
 * naming it, rather than being reported as something it is not.
 */
final class SqliteIntrospector {
    private final Connection connection;

    SqliteIntrospector(Connection connection) {
        this.connection = connection;
    }

    SchemaModel read() throws SQLException {
        Map<String, TableKind> kinds = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select name, strict, wr from pragma_table_list where schema = 'main' and type = 'table' "
                        + "and name not like 'sqlite\\_%' escape '\\' and name <> 'flyway_schema_history'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                kinds.put(rs.getString(1), new TableKind(rs.getInt(2) == 1, rs.getInt(3) == 1));
            }
        }
        List<TableModel> tables = new ArrayList<>();
        for (Map.Entry<String, TableKind> e : kinds.entrySet()) {
            tables.add(table(e.getKey(), e.getValue()));
        }
        return SchemaModel.of(tables);
    }

    /** {@code STRICT} and {@code WITHOUT ROWID}. */
    private record TableKind(boolean strict, boolean withoutRowid) {}

    private TableModel table(String table, TableKind kind) throws SQLException {
        String createSql = schemaSql("table", table);
        SqliteSqlText.TableText text = SqliteSqlText.table(createSql);
        List<RawColumn> raw = rawColumns(table);
        List<String> primaryKey = raw.stream().filter(c -> c.pk() > 0)
                .sorted(Comparator.comparingInt(RawColumn::pk)).map(RawColumn::name).toList();
        List<ColumnModel> columns = new ArrayList<>();
        for (RawColumn c : raw) {
            boolean rowidAlias = primaryKey.equals(List.of(c.name())) && "INTEGER".equalsIgnoreCase(c.declaredType())
                    && !kind.withoutRowid();
            AttributeType type = type(table, c, kind.strict());
            columns.add(new ColumnModel(c.name(), type, !c.notNull() && !rowidAlias,
                    SqliteLiterals.parse(c.defaultSql()), rowidAlias));
        }
        return new TableModel(table, columns, primaryKey, indexes(table),
                foreignKeys(table, text), checks(table, raw.stream().map(RawColumn::name).toList(), text));
    }

    private record RawColumn(String name, String declaredType, boolean notNull, String defaultSql, int pk,
                             int hidden) {}

    private List<RawColumn> rawColumns(String table) throws SQLException {
        List<RawColumn> columns = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select name, type, \"notnull\", dflt_value, pk, hidden from pragma_table_xinfo(?, 'main') "
                        + "order by cid")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(new RawColumn(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4),
                            rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        return columns;
    }

    /**
     * STRICT tables hold INTEGER (also spelled INT), TEXT, BLOB, REAL or ANY. Other tables are read by SQLite's
     * affinity rules (section 3.1 of "Datatypes In SQLite"): INTEGER, TEXT and BLOB affinities map; REAL and NUMERIC
     * do not.
     */
    private static AttributeType type(String table, RawColumn c, boolean strict) {
        if (c.hidden() == 2 || c.hidden() == 3) {
            throw unsupported(table, c, "a generated column");
        }
        String declared = c.declaredType() == null ? "" : c.declaredType().toUpperCase(Locale.ROOT);
        if (strict) {
            return switch (declared) {
                case "INTEGER", "INT" -> AttributeType.integer();
                case "TEXT" -> AttributeType.text();
                case "BLOB" -> AttributeType.binary();
                default -> throw unsupported(table, c, "type " + c.declaredType());
            };
        }
        if (declared.contains("INT")) {
            return AttributeType.integer();
        }
        if (declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT")) {
            return AttributeType.text();
        }
        if (declared.contains("BLOB") || declared.isEmpty()) {
            return AttributeType.binary();
        }
        throw unsupported(table, c, "type " + c.declaredType() + " (REAL or NUMERIC affinity)");
    }

    private static DataLayerException unsupported(String table, RawColumn c, String what) {
        return new DataLayerException("cannot introspect column " + table + "." + c.name() + ": " + what
                + " is not represented by any storage-level attribute type (integer, text, binary)");
    }

    /** Indexes other than the one implementing the primary key, by name. */
    private List<IndexModel> indexes(String table) throws SQLException {
        List<IndexModel> indexes = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select name, \"unique\", origin, partial from pragma_index_list(?, 'main') "
                        + "where origin <> 'pk' order by name")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    indexes.add(index(rs.getString(1), rs.getInt(2) == 1, rs.getInt(4) == 1));
                }
            }
        }
        return indexes;
    }

    private IndexModel index(String name, boolean unique, boolean partial) throws SQLException {
        String sql = schemaSql("index", name); // null for the automatic index of a UNIQUE constraint
        SqliteSqlText.IndexText text = sql == null ? null : SqliteSqlText.index(sql);
        List<IndexKey> keys = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select seqno, cid, name from pragma_index_xinfo(?, 'main') where key = 1 order by seqno")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int cid = rs.getInt(2);
                    if (cid >= 0) {
                        keys.add(IndexKey.of(rs.getString(3)));
                    } else if (cid == -1) {
                        keys.add(IndexKey.of("rowid"));
                    } else {
                        keys.add(expressionKey(text.keys().get(rs.getInt(1))));
                    }
                }
            }
        }
        // SQLite's unique indexes always treat nulls as distinct.
        return new IndexModel(name, keys, unique, true, partial && text != null ? text.where() : null);
    }

    /** {@code lower(col)} reads as a lower-cased key; any other expression is kept as written, in the column slot. */
    private static IndexKey expressionKey(String expression) {
        String column = SqliteSqlText.lowerKeyColumn(expression);
        return column != null ? new IndexKey(column, true) : IndexKey.of(expression);
    }

    private List<ForeignKeyModel> foreignKeys(String table, SqliteSqlText.TableText text) throws SQLException {
        Map<Integer, List<String[]>> byId = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select id, \"table\", \"from\", \"to\", on_update, on_delete from pragma_foreign_key_list(?, 'main') "
                        + "order by id, seq")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byId.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new String[] {
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
                }
            }
        }
        List<SqliteSqlText.ForeignKey> declared = new ArrayList<>(text.foreignKeys());
        Set<String> usedNames = new HashSet<>();
        declared.stream().map(SqliteSqlText.ForeignKey::name).filter(n -> n != null).forEach(usedNames::add);
        List<ForeignKeyModel> fks = new ArrayList<>();
        // pragma ids count from the last declared key: walk them backwards to meet unnamed keys in text order
        List<Integer> ids = new ArrayList<>(byId.keySet());
        java.util.Collections.reverse(ids);
        for (int id : ids) {
            List<String[]> rows = byId.get(id);
            String referenced = rows.get(0)[0];
            List<String> columns = rows.stream().map(r -> r[1]).toList();
            List<String> referencedColumns = rows.stream().map(r -> r[2]).toList();
            if (referencedColumns.contains(null)) {
                referencedColumns = primaryKeyOf(referenced);
            }
            String name = takeName(declared, columns, referenced);
            if (name == null) {
                name = unique(table + "_" + String.join("_", columns) + "_fkey", usedNames);
            }
            fks.add(new ForeignKeyModel(name, columns, referenced, referencedColumns,
                    action(table, name, rows.get(0)[4]), action(table, name, rows.get(0)[3])));
        }
        fks.sort(Comparator.comparing(ForeignKeyModel::name));
        return fks;
    }

    /** The name written for the foreign key over {@code columns}, removing it from the candidates. */
    private static String takeName(List<SqliteSqlText.ForeignKey> declared, List<String> columns, String referenced) {
        for (int i = 0; i < declared.size(); i++) {
            SqliteSqlText.ForeignKey fk = declared.get(i);
            if (fk.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()
                    .equals(columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList())
                    && fk.referencedTable().equalsIgnoreCase(referenced)) {
                declared.remove(i);
                return fk.name();
            }
        }
        return null;
    }

    private List<String> primaryKeyOf(String table) throws SQLException {
        return rawColumns(table).stream().filter(c -> c.pk() > 0).sorted(Comparator.comparingInt(RawColumn::pk))
                .map(RawColumn::name).toList();
    }

    private static ForeignKeyAction action(String table, String fk, String sql) {
        return switch (sql.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ForeignKeyAction.CASCADE;
            case "SET NULL" -> ForeignKeyAction.SET_NULL;
            case "RESTRICT" -> ForeignKeyAction.RESTRICT;
            case "NO ACTION" -> ForeignKeyAction.NO_ACTION;
            default -> throw new DataLayerException("cannot introspect foreign key " + table + "." + fk
                    + ": action " + sql + " is not one of cascade, set null, restrict, no action");
        };
    }

    /**
     * Checks by name only: SQLite keeps their text as written, which no other source reproduces. An unnamed check is
     * named as PostgreSQL would: {@code <table>_<column>_check} when its expression mentions exactly one column, else
     * {@code <table>_check}, numbered from 1 when taken.
     */
    private static List<CheckModel> checks(String table, List<String> columns, SqliteSqlText.TableText text) {
        Set<String> used = new HashSet<>();
        text.checks().stream().map(SqliteSqlText.Check::name).filter(n -> n != null).forEach(used::add);
        List<CheckModel> checks = new ArrayList<>();
        for (SqliteSqlText.Check check : text.checks()) {
            String name = check.name();
            if (name == null) {
                List<String> mentioned = columns.stream()
                        .filter(c -> check.identifiers().stream().anyMatch(c::equalsIgnoreCase)).toList();
                name = unique(table + (mentioned.size() == 1 ? "_" + mentioned.get(0) : "") + "_check", used);
            }
            checks.add(CheckModel.sql(name, ""));
        }
        checks.sort(Comparator.comparing(CheckModel::name));
        return checks;
    }

    /** {@code base}, or PostgreSQL-style {@code base1}, {@code base2}... when taken. */
    private static String unique(String base, Set<String> used) {
        String name = base;
        for (int i = 1; used.contains(name); i++) {
            name = base + i;
        }
        used.add(name);
        return name;
    }

    private String schemaSql(String type, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select sql from main.sqlite_schema where type = ? and name = ?")) {
            s.setString(1, type);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
