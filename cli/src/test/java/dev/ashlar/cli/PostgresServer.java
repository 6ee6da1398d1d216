package dev.ashlar.cli;

import dev.ashlar.config.Redactor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the CLI tests use: {@code ASHLAR_PG_URL} (default
 * {@code jdbc:postgresql://localhost:5432/postgres}) as {@code ASHLAR_PG_USER} / {@code ASHLAR_PG_PASSWORD} (default
 * postgres / postgres). Unreachable: the test is skipped with one line on stderr, unless {@code CI=true}, where that
 * fails the run.
 */
final class PostgresServer {
    static final String URL = env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    static final String USER = env("ASHLAR_PG_USER", "postgres");
    static final String PASSWORD = env("ASHLAR_PG_PASSWORD", "postgres");

    private PostgresServer() {
    }

    /** Checks the server answers, or skips (fails under CI) the calling test, named by {@code test}. */
    static void requireFor(String test) {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            // reachable
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL unreachable and CI=true: " + e.getMessage(), e);
            }
            String reason = "PostgreSQL at " + Redactor.url(URL) + " is unreachable (set ASHLAR_PG_URL): "
                    + e.getMessage();
            System.err.println("SKIPPED " + test + ": " + reason);
            Assumptions.abort(reason);
        }
    }

    /** A database name of this run's own, {@code ashlar_cli_<random>}. */
    static String freshDatabaseName() {
        return "ashlar_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The server's URL with {@code database} in place of its database. */
    static String urlOf(String database) {
        return URL.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + database);
    }

    /**
     * A config file for {@code TwoRepoDomain} on this server: {@code head} lines (e.g. {@code seeds: ...}), then the
     * repos {@code main} and {@code audit} at the given URLs, with this server's user and password.
     */
    static String twoRepoConfig(String head, String mainUrl, String auditUrl) {
        return """
                domain: dev.ashlar.cli.TwoRepoDomain
                %1$srepos:
                  main:
                    url: %2$s
                    user: %4$s
                    password: ${ASHLAR_PG_PASSWORD:-postgres}
                  audit:
                    url: %3$s
                    user: %4$s
                    password: ${ASHLAR_PG_PASSWORD:-postgres}
                """.formatted(head.isEmpty() ? "" : head + "\n", mainUrl, auditUrl, USER);
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
