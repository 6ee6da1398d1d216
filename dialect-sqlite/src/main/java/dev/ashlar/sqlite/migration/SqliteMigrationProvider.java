package dev.ashlar.sqlite.migration;

import dev.ashlar.migration.spi.MigrationProvider;
import dev.ashlar.migration.spi.MigrationSupport;
import dev.ashlar.sqlite.SqliteDialect;

/**
 * Registered with {@link java.util.ServiceLoader}; the sqlite data layer's migration tooling, loaded only when
 * ashlar-migrations and ashlar-sql-migrations are on the class path.
 */
public final class SqliteMigrationProvider implements MigrationProvider {

    @Override
    public String id() {
        return SqliteDialect.ID;
    }

    @Override
    public MigrationSupport migrations() {
        return new SqliteMigrations();
    }
}
