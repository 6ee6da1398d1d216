package dev.ashlar.sqlite.migration;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.sqlite.SqliteProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** One SQLite repo file plus its hand-written migration folders, all under a test's temp dir. */
final class SqliteMigrationFixture {
    final Path dbFile;
    final RepoConfig repo;
    final MigrationSource source;

    SqliteMigrationFixture(Path tempDir) {
        this.dbFile = tempDir.resolve("main.db");
        this.repo = RepoConfig.of("main", "jdbc:sqlite:" + dbFile);
        this.source = MigrationSource.under(tempDir.resolve("migrations"), "main");
        try {
            Files.createDirectories(source.migrations());
            Files.createDirectories(source.downs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MigrationRunner runner() {
        return new SqliteMigrationProvider().migrations().runner(repo);
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

    /** Every schema object with its SQL, by name: equal lists mean an unchanged schema. */
    List<String> schema() {
        return rows("select type || ' ' || name || ': ' || coalesce(sql, '') from sqlite_schema order by name");
    }

    /** Rank, version and success of every history row. */
    List<String> history() {
        return rows("select installed_rank || ' ' || coalesce(version, '-') || ' ' || success from "
                + "flyway_schema_history order by installed_rank");
    }

    List<String> rows(String sql) {
        return rows(sql, false);
    }

    /** Each row's columns joined by {@code |}, on a connection with or without foreign-key enforcement. */
    List<String> rows(String sql, boolean foreignKeys) {
        try (Connection c = connect(foreignKeys); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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

    void execute(String sql, boolean foreignKeys) {
        try (Connection c = connect(foreignKeys); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    Connection connect(boolean foreignKeys) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(foreignKeys);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + dbFile);
    }
}
