package dev.ashlar.postgres.migration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.postgres.PostgresProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh schema in the database at {@code ASHLAR_PG_URL} (default {@code jdbc:postgresql://localhost:5432/postgres},
 * user/password {@code ASHLAR_PG_USER}/{@code ASHLAR_PG_PASSWORD}, default postgres/postgres), reached through
 * {@code ?currentSchema=}, plus hand-written migration folders under a test's temp dir.
 */
final class PostgresMigrationFixture implements AutoCloseable {
    static final String URL = env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    static final String USER = env("ASHLAR_PG_USER", "postgres");
    static final String PASSWORD = env("ASHLAR_PG_PASSWORD", "postgres");

    final String schema;
    final RepoConfig repo;
    final MigrationSource source;

    PostgresMigrationFixture(Path tempDir) {
        this.schema = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL at " + dev.ashlar.config.Redactor.url(URL) + " is unreachable: "
                    + e.getMessage() + " (set ASHLAR_PG_URL)");
        }
        this.repo = RepoConfig.of("main", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER,
                PASSWORD);
        this.source = MigrationSource.under(tempDir.resolve("migrations"), "main");
        try {
            Files.createDirectories(source.migrations());
            Files.createDirectories(source.downs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MigrationRunner runner() {
        return runner(repo);
    }

    static MigrationRunner runner(RepoConfig config) {
        return new PostgresMigrationProvider().migrations().runner(config);
    }

    Path up(String version, String name, String sql) {
        return write(source.migrations().resolve("V" + version + "__" + name + ".sql"), sql);
    }

    Path down(String version, String name, String sql) {
        return write(source.downs().resolve("V" + version + "__" + name + ".down.sql"), sql);
    }

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns, indexes and constraints of the schema: equal lists mean an unchanged schema. */
    List<String> schema() {
        return rows("""
                select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                  from information_schema.columns where table_schema = current_schema()
                union all
                select 'index ' || indexname || ' ' || indexdef from pg_indexes where schemaname = current_schema()
                union all
                select 'constraint ' || conname || ' ' || pg_get_constraintdef(oid)
                  from pg_constraint where connamespace = current_schema()::regnamespace
                order by 1""");
    }

    /** Rank, version and success (1/0) of every history row. */
    List<String> history() {
        return rows("select installed_rank || ' ' || coalesce(version, '-') || ' ' || case when success then 1 else 0 end"
                + " from flyway_schema_history order by installed_rank");
    }

    List<String> tables() {
        return rows("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_name <> 'flyway_schema_history' order by 1");
    }

    /** Each row's columns joined by {@code |}. */
    List<String> rows(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(repo.url(), USER, PASSWORD);
    }

    private static Connection admin() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    @Override
    public void close() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
