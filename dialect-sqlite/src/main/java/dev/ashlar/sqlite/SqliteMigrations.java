package dev.ashlar.sqlite;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.migration.MigrationPlanner;
import dev.ashlar.migration.MigrationRunner;
import dev.ashlar.migration.MigrationSupport;

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
