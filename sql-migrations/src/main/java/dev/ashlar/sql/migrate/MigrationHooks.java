package dev.ashlar.sql.migrate;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.sql.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** What a dialect does differently when {@link FlywayMigrationRunner} migrates or rolls back its repo. */
public interface MigrationHooks {

    /** The repo migrated: its name for messages, its secrets for redaction. */
    RepoConfig config();

    /**
     * The repo's dialect, whose {@link SqlDialect#safeMessage safe messages} (without row values) are all a failed
     * migration or rollback shows of the database's errors.
     */
    SqlDialect dialect();

    /**
     * Connections for schema changes, opened per run and closed after it (never the application's pool), already
     * set up for migrations, e.g. SQLite's foreign-key enforcement off before any transaction starts.
     */
    DataSource dataSource();

    /**
     * Holds the repo's migration lock for a whole {@code migrate} run. Dialects whose Flyway support locks by itself
     * (PostgreSQL's advisory lock) return {@link Held#NONE}.
     */
    Held lockForMigrate() throws SQLException;

    /**
     * Holds the repo's migration lock for a whole rollback; {@code connection} is the rollback's own connection,
     * open (auto-commit on) until the lock is released. It must also exclude concurrent {@code migrate} runs.
     */
    Held lockForRollback(Connection connection) throws SQLException;

    /**
     * Runs inside each migration's (and each rollback step's) transaction just before it commits. Each returned
     * line is one problem; any problem rolls the step back.
     */
    default List<String> check(Connection connection) throws SQLException {
        return List.of();
    }

    /** Runs a script of one or more statements inside the connection's current transaction. */
    default void executeScript(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    /** A held lock; closing releases it. */
    @FunctionalInterface
    interface Held extends AutoCloseable {
        Held NONE = () -> { };

        @Override
        void close() throws SQLException;
    }
}
