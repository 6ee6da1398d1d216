/**
 * Migrations: the schema model diffed into ordered {@link dev.ashlar.migration.MigrationOperation}s, committed JSON
 * snapshots, and the interfaces through which each dialect plans SQL for operations
 * ({@link dev.ashlar.migration.MigrationPlanner}) and applies, rolls back and reports migrations
 * ({@link dev.ashlar.migration.MigrationRunner}).
 */
package dev.ashlar.migration;
