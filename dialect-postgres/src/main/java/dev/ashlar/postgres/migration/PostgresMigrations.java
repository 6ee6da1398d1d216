package dev.ashlar.postgres.migration;

import dev.ashlar.postgres.PostgresDialect;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSupport;

/** Migration tooling of the postgres data layer. */
final class PostgresMigrations implements MigrationSupport {

    @Override
    public MigrationPlanner planner() {
        return new PostgresMigrationPlanner(new PostgresDialect());
    }

    @Override
    public MigrationRunner runner(RepoConfig config) {
        return new dev.ashlar.sql.migrate.FlywayMigrationRunner(new PostgresMigrationHooks(config));
    }
}
