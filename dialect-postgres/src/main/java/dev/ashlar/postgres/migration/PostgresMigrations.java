package dev.ashlar.postgres.migration;

import dev.ashlar.postgres.PostgresUserInfo;
import dev.ashlar.postgres.PostgresDialect;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSupport;
import dev.ashlar.sql.migrate.FlywayMigrationRunner;

/** Migration tooling of the postgres data layer. */
final class PostgresMigrations implements MigrationSupport {

    @Override
    public MigrationPlanner planner() {
        return new PostgresMigrationPlanner(new PostgresDialect());
    }

    @Override
    public MigrationRunner runner(RepoConfig config) {
        return new FlywayMigrationRunner(new PostgresMigrationHooks(PostgresUserInfo.moveToSettings(config)));
    }
}
