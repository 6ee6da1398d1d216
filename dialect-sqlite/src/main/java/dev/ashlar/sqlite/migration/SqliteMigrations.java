package dev.ashlar.sqlite.migration;

import dev.ashlar.sqlite.SqliteDialect;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSupport;

/** Migration tooling of the sqlite data layer. */
final class SqliteMigrations implements MigrationSupport {

    @Override
    public MigrationPlanner planner() {
        return new SqliteMigrationPlanner(new SqliteDialect());
    }

    @Override
    public MigrationRunner runner(RepoConfig config) {
        return new dev.ashlar.sql.migrate.FlywayMigrationRunner(new SqliteMigrationHooks(config));
    }
}
