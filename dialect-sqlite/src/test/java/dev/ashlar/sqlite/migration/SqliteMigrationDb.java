package dev.ashlar.sqlite.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.sqlite.SqliteProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * A SQLite file opened as the migration runner opens it: foreign-key enforcement off, each migration in one
 * transaction followed by {@code PRAGMA foreign_key_check}. Before-state tables are created with the data layer's
 * own DDL.
 */
final class SqliteMigrationDb implements AutoCloseable {
    record Column(String name, String type, boolean notNull, String defaultSql, int pk) {
    }

    record ForeignKey(String table, String from, String to, String onDelete) {
    }

    private final SqliteProvider provider = new SqliteProvider();
    private final MigrationPlanner planner = new SqliteMigrationProvider().migrations().planner();
    private final DataLayer renderer;
    private final Connection connection;

    SqliteMigrationDb(Path dir) throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("migrate.db");
        renderer = provider.open(RepoConfig.of("render", "jdbc:sqlite:" + dir.resolve("render.db")));
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(false);
        connection = config.createConnection(url);
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

    /** Plans and applies {@code before -> after}; returns the statements. */
    List<String> up(SchemaModel before, SchemaModel after, List<MigrationOperation> operations) throws SQLException {
        List<String> sql = planner.plan(before, after, operations);
        apply(sql);
        return sql;
    }

    /** Plans and applies the down migration of {@code operations}, as the caller of a planner does. */
    List<String> down(SchemaModel before, SchemaModel after, List<MigrationOperation> operations) throws SQLException {
        List<MigrationOperation> inverses = new ArrayList<>();
        for (MigrationOperation op : operations) {
            inverses.addFirst(op.inverse());
        }
        List<String> sql = planner.plan(after, before, inverses);
        apply(sql);
        return sql;
    }

    List<String> plan(SchemaModel before, SchemaModel after, List<MigrationOperation> operations) {
        return planner.plan(before, after, operations);
    }

    /** One transaction, then the foreign-key check the runner does; rolls back on any failure. */
    void apply(List<String> sql) throws SQLException {
        if (Boolean.getBoolean("ashlar.printPlans")) {
            System.out.println("-- plan (foreign_keys=" + rows("pragma foreign_keys") + ")\n" + String.join(";\n", sql) + ";");
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
            assertThat(rows("pragma foreign_key_check")).as("foreign key violations after %s", sql).isEmpty();
            connection.commit();
        } catch (SQLException | AssertionError e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Integer v ? Long.valueOf(v) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    Map<String, Column> columns(String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (List<Object> r : rows("pragma table_info(\"" + table + "\")")) {
            columns.put((String) r.get(1), new Column((String) r.get(1), (String) r.get(2), ((Long) r.get(3)) == 1,
                    (String) r.get(4), ((Long) r.get(5)).intValue()));
        }
        return columns;
    }

    /** Index name -> its CREATE INDEX text, for the indexes the schema declares (not SQLite's automatic ones). */
    Map<String, String> indexes(String table) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        for (List<Object> r : rows("select name, sql from sqlite_schema where type = 'index' and sql is not null "
                + "and tbl_name = '" + table + "' order by name")) {
            indexes.put((String) r.get(0), (String) r.get(1));
        }
        return indexes;
    }

    List<ForeignKey> foreignKeys(String table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        for (List<Object> r : rows("pragma foreign_key_list(\"" + table + "\")")) {
            keys.add(new ForeignKey((String) r.get(2), (String) r.get(3), (String) r.get(4), (String) r.get(6)));
        }
        return keys;
    }

    String tableSql(String table) throws SQLException {
        List<List<Object>> r = rows("select sql from sqlite_schema where type = 'table' and name = '" + table + "'");
        return r.isEmpty() ? null : (String) r.getFirst().getFirst();
    }

    List<String> tableNames() throws SQLException {
        return rows("select name from sqlite_schema where type = 'table' order by name").stream()
                .map(r -> (String) r.getFirst()).toList();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        renderer.close();
    }
}
