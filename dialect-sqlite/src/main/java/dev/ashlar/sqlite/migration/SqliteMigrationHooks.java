package dev.ashlar.sqlite.migration;

import dev.ashlar.sqlite.SqliteUrl;
import dev.ashlar.sqlite.SqliteDialect;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.sql.migrate.FileMigrationLock;
import dev.ashlar.sql.SqlDialect;
import dev.ashlar.sql.migrate.MigrationHooks;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite under Flyway. Flyway wraps each migration in a transaction, where {@code PRAGMA foreign_keys} is a no-op
 * (and Flyway rejects the pragma inside a migration), yet a table rebuild (create new, copy, drop old, rename) with
 * enforcement on deletes every {@code ON DELETE CASCADE} child. So migrations get their own, unpooled connections
 * opened with enforcement off, and {@code PRAGMA foreign_key_check} runs before each migration (and each rollback
 * step) commits: a dangling reference rolls it back. Flyway takes no lock on SQLite, so runs hold
 * {@code <db>.migration.lock}.
 */
final class SqliteMigrationHooks implements MigrationHooks {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int SHOWN_PROBLEMS = 10;

    private static final SqlDialect DIALECT = new SqliteDialect();

    private final RepoConfig config;
    private final DataSource dataSource;
    private final FileMigrationLock lock;

    SqliteMigrationHooks(RepoConfig config) {
        Path file = SqliteUrl.file(config.url()).orElseThrow(() -> new MigrationException("repo " + config.name()
                + " is an in-memory SQLite database; migrations run on their own connections, each of which would see "
                + "a different empty database: give the repo a database file"));
        this.config = config;
        this.dataSource = dataSource(config);
        this.lock = FileMigrationLock.beside(file);
    }

    private static DataSource dataSource(RepoConfig config) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setBusyTimeout(BUSY_TIMEOUT_MS);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // take the write lock up front
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL); // as the repo's pool does
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Properties merged = sqlite.toProperties();
        merged.putAll(config.properties()); // the repo's own pragmas win ...
        SQLiteConfig forMigrations = new SQLiteConfig(merged);
        forMigrations.enforceForeignKeys(false); // ... except this one, applied when the connection opens
        SQLiteDataSource source = new SQLiteDataSource(forMigrations);
        source.setUrl(config.url());
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
        return lock.acquire();
    }

    @Override
    public Held lockForRollback(Connection connection) {
        return lock.acquire();
    }

    /** Rows referencing a missing parent, e.g. {@code orders rowid 7 references a missing row in customers}. */
    @Override
    public List<String> check(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        int total = 0;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("pragma foreign_key_check")) {
            while (rs.next()) {
                if (total++ < SHOWN_PROBLEMS) {
                    Object rowid = rs.getObject(2);
                    problems.add(rs.getString(1) + (rowid == null ? "" : " rowid " + rowid)
                            + " references a missing row in " + rs.getString(3));
                }
            }
        }
        if (total > SHOWN_PROBLEMS) {
            problems.add("and " + (total - SHOWN_PROBLEMS) + " more");
        }
        return problems;
    }

    /** sqlite-jdbc runs {@code executeUpdate} through {@code sqlite3_exec}, which runs every statement of the text. */
    @Override
    public void executeScript(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(script);
        }
    }
}
