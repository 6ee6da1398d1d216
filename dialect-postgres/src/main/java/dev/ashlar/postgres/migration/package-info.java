/**
 * Migration tooling of the postgres data layer: the offline planner and the Flyway hooks, found through
 * {@link dev.ashlar.postgres.migration.PostgresMigrationProvider}. Optional: an application that only runs actions
 * never loads this package.
 */
package dev.ashlar.postgres.migration;
