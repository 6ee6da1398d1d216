package dev.ashlar.postgres.migration;

import dev.ashlar.postgres.PostgresDialect;
import dev.ashlar.config.Redactor;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.RedactedCause;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.sql.SqlDialect;
import dev.ashlar.sql.migrate.MigrationHooks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL under Flyway. DDL is transactional, so a failing migration leaves nothing behind, and foreign keys are
 * always enforced, so there is nothing to check after a migration. Flyway serialises {@code migrate} runs with a
 * PostgreSQL advisory lock; a rollback takes that same lock (as a session lock, held across its per-migration
 * transactions), so a rollback and a migrate never interleave.
 */
final class PostgresMigrationHooks implements MigrationHooks {
    /**
     * Flyway's advisory-lock key is this number plus the hash of the quoted history table name
     * ({@code "schema"."flyway_schema_history"}); see {@code PostgreSQLAdvisoryLockTemplate} and
     * {@code PostgreSQLConnection.lock} in flyway-database-postgresql. A test pins it to what Flyway holds.
     */
    private static final long FLYWAY_LOCK_BASE = 77431708279161L;

    private static final SqlDialect DIALECT = new PostgresDialect();

    private final RepoConfig config;
    private final DataSource dataSource;

    PostgresMigrationHooks(RepoConfig config) {
        this.config = config;
        this.dataSource = dataSource(config);
    }

    private static DataSource dataSource(RepoConfig config) {
        PGSimpleDataSource source = new PGSimpleDataSource(); // unpooled: one run's connections, closed after it
        source.setURL(config.url());
        try {
            for (Map.Entry<String, String> property : config.properties().entrySet()) {
                source.setProperty(property.getKey(), property.getValue());
            }
        } catch (SQLException e) {
            throw new MigrationException("repo " + config.name() + " (" + config.redactedUrl()
                    + ") has a driver property PostgreSQL does not know: "
                    + Redactor.text(e.getMessage(), config.secrets()),
                    RedactedCause.of(e, t -> Redactor.text(t.getMessage(), config.secrets())));
        }
        source.setLogServerErrorDetail(false); // as the pool: no row values in messages and the driver's logs
        if (!config.user().isEmpty()) {
            source.setUser(config.user());
        }
        if (!config.password().isEmpty()) {
            source.setPassword(config.password().reveal());
        }
        return source;
    }

    @Override
    public RepoConfig config() {
        return config;
    }

    @Override
    public SqlDialect dialect() {
        return DIALECT;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Held lockForMigrate() {
        return Held.NONE; // Flyway's own advisory lock
    }

    @Override
    public Held lockForRollback(Connection connection) throws SQLException {
        long key = lockKey(connection);
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
        }
        return () -> {
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, key);
                unlock.execute();
            }
        };
    }

    /** The key Flyway locks for the history table of the connection's current schema. */
    static long lockKey(Connection connection) throws SQLException {
        String schema;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select current_schema()")) {
            rs.next();
            schema = rs.getString(1);
        }
        String table = quote(schema == null ? "public" : schema) + "." + quote("flyway_schema_history");
        return FLYWAY_LOCK_BASE + table.hashCode();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
