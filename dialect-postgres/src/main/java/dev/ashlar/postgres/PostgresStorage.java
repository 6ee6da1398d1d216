package dev.ashlar.postgres;

import dev.ashlar.config.Redactor;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.error.RedactedCause;
import dev.ashlar.spi.Storage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Creates and drops the repo's database through the maintenance database {@code postgres} on the same server. */
final class PostgresStorage implements Storage {
    private static final String MAINTENANCE_DATABASE = "postgres";
    private final RepoConfig config;
    private final PostgresUrl url;

    PostgresStorage(RepoConfig config) {
        this.config = config;
        this.url = PostgresUrl.parse(config.url());
    }

    @Override
    public boolean exists() {
        return maintenance(c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                ps.setString(1, url.database());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public boolean create() {
        if (exists()) {
            return false;
        }
        return maintenance(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("create database " + quote(url.database()));
                return true;
            }
        });
    }

    @Override
    public boolean drop(boolean force) {
        if (!exists()) {
            return false;
        }
        return maintenance(c -> {
            int sessions = sessions(c);
            if (sessions > 0 && !force) {
                throw new DataLayerException("database " + url.database() + " is in use by " + sessions
                        + " other session(s); close them, or drop with force to terminate them");
            }
            try (Statement s = c.createStatement()) {
                s.execute("drop database " + quote(url.database()) + (force ? " with (force)" : ""));
                return true;
            }
        });
    }

    private int sessions(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            ps.setString(1, url.database());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T maintenance(Work<T> work) {
        Properties props = new Properties();
        props.putAll(config.properties());
        if (!config.user().isEmpty()) {
            props.setProperty("user", config.user());
        }
        if (!config.password().isEmpty()) {
            props.setProperty("password", config.password().reveal());
        }
        String maintenanceUrl = url.withDatabase(MAINTENANCE_DATABASE).replaceAll("([?&])currentSchema=[^&]*&?", "$1");
        try (Connection c = DriverManager.getConnection(maintenanceUrl, props)) {
            return work.run(c);
        } catch (SQLException e) {
            // the driver may quote a URL's password (as a host name): chain only a cleaned copy
            throw new DataLayerException("postgres storage for repo " + config.name() + " ("
                    + config.redactedUrl() + "): " + Redactor.text(PostgresErrors.safeMessage(e), config.secrets()),
                    RedactedCause.of(e, t -> Redactor.text(t instanceof SQLException sql
                            ? PostgresErrors.safeMessage(sql) : t.getMessage(), config.secrets())));
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
