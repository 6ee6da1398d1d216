package dev.ashlar.test;

import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.Redactor;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.config.Secret;
import dev.ashlar.error.DataLayerException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema per repo and test class (a random name, so builds running side by side never meet), migrated once;
 * after each test every table but Flyway's history is truncated, identities restarted.
 */
final class PostgresTestDatabases implements TestDatabases {
    private static final Pattern SCHEMA = Pattern.compile("currentSchema=(ashlar_test_[a-z0-9]+)");

    private final PostgresServer server;

    PostgresTestDatabases(PostgresServer server) {
        this.server = server;
    }

    @Override
    public AshlarConfig create(Set<String> repos) {
        Map<String, RepoConfig> configs = new LinkedHashMap<>();
        for (String repo : repos) {
            String schema = "ashlar_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            server.execute("create schema " + schema);
            String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            configs.put(repo, RepoConfig.of(repo, url, server.user(), server.password()).withPoolSize(2));
        }
        return new AshlarConfig(configs);
    }

    @Override
    public AshlarConfig forTest(AshlarConfig migrated) {
        return migrated;
    }

    @Override
    public void afterTest(AshlarConfig used) {
        for (RepoConfig config : used.repos().values()) {
            String schema = schema(config);
            List<String> tables = tables(schema);
            if (!tables.isEmpty()) {
                server.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
            }
        }
    }

    @Override
    public void dispose(AshlarConfig migrated) {
        migrated.repos().values().forEach(config -> server.execute("drop schema if exists " + schema(config)
                + " cascade"));
    }

    private List<String> tables(String schema) {
        List<String> tables = new ArrayList<>();
        try (Connection c = server.connect();
             PreparedStatement ps = c.prepareStatement("select tablename from pg_tables where schemaname = ? "
                     + "and tablename <> 'flyway_schema_history' order by tablename")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(schema + ".\"" + rs.getString(1).replace("\"", "\"\"") + "\"");
                }
            }
        } catch (SQLException e) {
            throw server.failure("listing the tables of schema " + schema, e);
        }
        return tables;
    }

    private static String schema(RepoConfig config) {
        Matcher m = SCHEMA.matcher(config.url());
        if (!m.find()) {
            throw new IllegalStateException("not a test schema: " + config.redactedUrl());
        }
        return m.group(1);
    }

    /** The server the schemas are made in. */
    record PostgresServer(String url, String user, String password) {
        static PostgresServer fromEnvironment() {
            return new PostgresServer(env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres"),
                    env("ASHLAR_PG_USER", "postgres"), env("ASHLAR_PG_PASSWORD", "postgres"));
        }

        /** Why the server cannot be used, or null when it can. */
        String unreachable() {
            DriverManager.setLoginTimeout(5);
            try (Connection ignored = connect()) {
                return null;
            } catch (SQLException e) {
                return "PostgreSQL at " + Redactor.url(url) + " is unreachable (set ASHLAR_PG_URL, ASHLAR_PG_USER, "
                        + "ASHLAR_PG_PASSWORD): " + redact(e.getMessage());
            }
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void execute(String sql) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw failure(sql, e);
            }
        }

        /** The driver's exception is not chained: its message may quote what it should not. */
        DataLayerException failure(String what, SQLException e) {
            return new DataLayerException(what + " failed on PostgreSQL at " + Redactor.url(url) + " (SQLState "
                    + e.getSQLState() + "): " + redact(e.getMessage()));
        }

        private String redact(String message) {
            return Redactor.text(Redactor.url(String.valueOf(message)), Secret.of(password));
        }

        @Override
        public String toString() {
            return "PostgresServer[" + Redactor.url(url) + ", user=" + user + "]";
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
