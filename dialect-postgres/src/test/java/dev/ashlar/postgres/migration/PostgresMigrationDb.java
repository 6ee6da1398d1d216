package dev.ashlar.postgres.migration;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.postgres.PostgresProvider;
import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.DataLayer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh schema in the PostgreSQL at {@code ASHLAR_PG_URL} (default {@code jdbc:postgresql://localhost:5432/postgres},
 * user and password {@code postgres}), dropped on close. Before-state tables are created with the data layer's own
 * DDL; each migration runs in one transaction.
 */
final class PostgresMigrationDb implements AutoCloseable {
    record Column(String name, String type, boolean notNull, String defaultSql, boolean identity) {
    }

    record ForeignKey(String name, String referencedTable, String onDelete) {
    }

    private static final String URL = env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = env("ASHLAR_PG_USER", "postgres");
    private static final String PASSWORD = env("ASHLAR_PG_PASSWORD", "postgres");

    private final PostgresProvider provider = new PostgresProvider();
    private final MigrationPlanner planner = new PostgresMigrationProvider().migrations().planner();
    private final String schema = "planner_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final DataLayer renderer;
    private final Connection connection;

    PostgresMigrationDb() throws SQLException {
        try (Connection admin = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = admin.createStatement()) {
            s.execute("create schema " + schema);
        }
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        connection = DriverManager.getConnection(url, USER, PASSWORD);
        renderer = provider.open(RepoConfig.of("render", url, USER, PASSWORD).withPoolSize(1));
    }

    void create(TableModel... tables) throws SQLException {
        for (TableModel table : tables) {
            exec(renderer.schema().createStatements(table).toArray(String[]::new));
        }
    }

    void exec(String... statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    List<String> up(SchemaModel before, SchemaModel after, List<MigrationOperation> operations) throws SQLException {
        List<String> sql = planner.plan(before, after, operations);
        apply(sql);
        return sql;
    }

    /** The down migration as a planner's caller plans it: the inverses in reverse order, from after to before. */
    List<String> down(SchemaModel before, SchemaModel after, List<MigrationOperation> operations) throws SQLException {
        List<MigrationOperation> inverses = new ArrayList<>();
        for (MigrationOperation op : operations) {
            inverses.addFirst(op.inverse());
        }
        List<String> sql = planner.plan(after, before, inverses);
        apply(sql);
        return sql;
    }

    void apply(List<String> sql) throws SQLException {
        if (Boolean.getBoolean("ashlar.printPlans")) {
            System.out.println("-- plan\n" + String.join(";\n", sql) + ";");
        }
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String statement : sql) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  in: " + statement + "\n  plan: " + sql, e);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 1; i <= n; i++) {
                        row[i - 1] = rs.getObject(i);
                    }
                    rows.add(Arrays.asList(row));
                }
            }
        }
        return rows;
    }

    Map<String, Column> columns(String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (List<Object> r : rows("select column_name, data_type, is_nullable, column_default, is_identity "
                + "from information_schema.columns where table_schema = current_schema() and table_name = ? "
                + "order by ordinal_position", table)) {
            columns.put((String) r.get(0), new Column((String) r.get(0), (String) r.get(1), "NO".equals(r.get(2)),
                    (String) r.get(3), "YES".equals(r.get(4))));
        }
        return columns;
    }

    /** Index name -> definition, without the indexes of primary keys. */
    Map<String, String> indexes(String table) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        for (List<Object> r : rows("select i.indexname, i.indexdef from pg_indexes i where i.schemaname = current_schema() "
                + "and i.tablename = ? and not exists (select 1 from pg_constraint c where c.conname = i.indexname "
                + "and c.contype = 'p' and c.connamespace = current_schema()::regnamespace) order by 1", table)) {
            indexes.put((String) r.get(0), (String) r.get(1));
        }
        return indexes;
    }

    List<ForeignKey> foreignKeys(String table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        for (List<Object> r : rows("select conname, confrelid::regclass::text, case confdeltype when 'c' then 'CASCADE' "
                + "when 'n' then 'SET NULL' when 'r' then 'RESTRICT' when 'a' then 'NO ACTION' else 'SET DEFAULT' end "
                + "from pg_constraint where contype = 'f' and conrelid = ?::regclass order by 1", table)) {
            keys.add(new ForeignKey((String) r.get(0), (String) r.get(1), (String) r.get(2)));
        }
        return keys;
    }

    List<String> checks(String table) throws SQLException {
        return rows("select conname from pg_constraint where contype = 'c' and conrelid = ?::regclass order by 1", table)
                .stream().map(r -> (String) r.getFirst()).toList();
    }

    /** The primary key's constraint name followed by its columns in key order, or empty. */
    List<String> primaryKey(String table) throws SQLException {
        List<String> key = new ArrayList<>();
        for (List<Object> r : rows("select c.conname, a.attname from pg_constraint c cross join unnest(c.conkey) "
                + "with ordinality k(attnum, n) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum "
                + "where c.contype = 'p' and c.conrelid = ?::regclass order by k.n", table)) {
            if (key.isEmpty()) {
                key.add((String) r.get(0));
            }
            key.add((String) r.get(1));
        }
        return key;
    }

    List<String> tableNames() throws SQLException {
        return rows("select table_name from information_schema.tables where table_schema = current_schema() "
                + "order by 1").stream().map(r -> (String) r.getFirst()).toList();
    }

    @Override
    public void close() throws SQLException {
        renderer.close();
        connection.close();
        try (Connection admin = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = admin.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
