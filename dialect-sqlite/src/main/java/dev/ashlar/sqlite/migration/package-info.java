/**
 * Migration tooling of the sqlite data layer: the offline planner and the Flyway hooks, found through
 * {@link dev.ashlar.sqlite.migration.SqliteMigrationProvider}. Optional: an application that only runs actions
 * never loads this package.
 */
package dev.ashlar.sqlite.migration;
