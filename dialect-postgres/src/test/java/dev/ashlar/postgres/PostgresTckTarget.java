package dev.ashlar.postgres;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.tck.TckTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Each fresh repo is a new schema in the database at {@code ASHLAR_PG_URL} (default
 * {@code jdbc:postgresql://localhost:5432/postgres}, user and password {@code postgres}, or
 * {@code ASHLAR_PG_USER} / {@code ASHLAR_PG_PASSWORD}).
 */
public final class PostgresTckTarget implements TckTarget {
    private final String url = env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    private final String user = env("ASHLAR_PG_USER", "postgres");
    private final String password = env("ASHLAR_PG_PASSWORD", "postgres");

    @Override
    public String dialect() {
        return PostgresDialect.ID;
    }

    @Override
    public Optional<String> unavailableReason() {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostgreSQL at " + dev.ashlar.config.Redactor.url(url) + " is unreachable: "
                    + e.getMessage() + " (set ASHLAR_PG_URL)");
        }
    }

    /**
     * For the tests outside the TCK: skips the calling test class when the server is unreachable, or fails it with
     * {@code CI=true} (CI must not pass without having tested PostgreSQL).
     */
    public void requireServer() {
        Optional<String> reason = unavailableReason();
        if (reason.isPresent()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason.get());
            }
            org.junit.jupiter.api.Assumptions.abort(reason.get());
        }
    }

    @Override
    public RepoConfig freshRepo(String repoName) {
        String schema = "tck_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create schema " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return RepoConfig.of(repoName, schemaUrl, user, password).withPoolSize(3);
    }

    @Override
    public void dispose(RepoConfig repo) {
        String schema = repo.url().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        execute("drop schema if exists " + schema + " cascade");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
