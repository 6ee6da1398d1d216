package dev.ashlar.migration.spi;

import dev.ashlar.config.RepoConfig;

/** A dialect's migration tooling: an offline planner and a runner per repo. */
public interface MigrationSupport {

    /** Plans SQL without a connection. */
    MigrationPlanner planner();

    /** Runs migrations against the repo (opens its own connections; close nothing). */
    MigrationRunner runner(RepoConfig config);
}
