package dev.ashlar.bench.support;

import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** An empty database for migration workloads: a new SQLite file, or a re-created PostgreSQL schema. */
public final class EmptyDatabase {
    private static final String PG_SCHEMA = "ashlar_bench_migrations";

    private EmptyDatabase() {
    }

    /** The repo {@code main} on a fresh, empty database of {@code dialect}. */
    public static RepoConfig fresh(String dialect) {
        try {
            if (BenchDialect.of(dialect) == BenchDialect.SQLITE) {
                Path dir = Files.createTempDirectory("ashlar-bench-migrations-");
                return RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("m.db"));
            }
            String base = env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
            String user = env("ASHLAR_PG_USER", "postgres");
            String password = env("ASHLAR_PG_PASSWORD", "postgres");
            try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + PG_SCHEMA + " cascade");
                s.execute("create schema " + PG_SCHEMA);
            }
            return RepoConfig.of("main", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA,
                    user, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the PostgreSQL schema " + PG_SCHEMA, e);
        }
    }

    /** Offline use (generation): a repo URL that selects the dialect's provider without connecting. */
    public static AshlarConfig offline(String dialect) {
        return AshlarConfig.of(BenchDialect.of(dialect) == BenchDialect.SQLITE
                ? RepoConfig.of("main", "jdbc:sqlite:unused.db")
                : RepoConfig.of("main", "jdbc:postgresql://localhost:5432/unused"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
