package dev.ashlar.postgres.migration;

import dev.ashlar.migration.spi.MigrationProvider;
import dev.ashlar.migration.spi.MigrationSupport;
import dev.ashlar.postgres.PostgresDialect;

/**
 * Registered with {@link java.util.ServiceLoader}; the postgres data layer's migration tooling, loaded only when
 * ashlar-migrations and ashlar-sql-migrations are on the class path.
 */
public final class PostgresMigrationProvider implements MigrationProvider {

    @Override
    public String id() {
        return PostgresDialect.ID;
    }

    @Override
    public MigrationSupport migrations() {
        return new PostgresMigrations();
    }
}
