/**
 * Migrations: the schema model diffed into ordered {@link dev.ashlar.migration.spi.MigrationOperation}s, committed JSON
 * snapshots, and the interfaces through which each dialect plans SQL for operations
 * ({@link dev.ashlar.migration.spi.MigrationPlanner}) and applies, rolls back and reports migrations
 * ({@link dev.ashlar.migration.spi.MigrationRunner}).
 */
@NullMarked
package dev.ashlar.migration;

import org.jspecify.annotations.NullMarked;
