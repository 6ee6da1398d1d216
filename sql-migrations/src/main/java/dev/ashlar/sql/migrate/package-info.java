/**
 * Applying, reporting and rolling back one repo's migrations with Flyway, shared by the SQL dialects.
 *
 * <p>{@link dev.ashlar.sql.migrate.FlywayMigrationRunner} drives Flyway for {@code migrate} and {@code status} and
 * implements rollback itself (Flyway's free edition has no undo): it refuses unless every target is a successfully
 * applied, checksum-matching migration in the contiguous newest tail of {@code flyway_schema_history} with a down
 * script, then counts what the down scripts would lose ({@link dev.ashlar.sql.migrate.DataLossCount}: rows and values
 * in what they drop; anything needs force), then runs each down script and deletes its history row in one
 * transaction, newest first. A baseline records a version as applied through Flyway's own baseline row.
 *
 * <p>What differs per dialect goes through the small {@link dev.ashlar.sql.migrate.MigrationHooks}: the
 * connections used for schema changes (SQLite: foreign-key enforcement off), the lock that serialises runs
 * (SQLite: {@link dev.ashlar.sql.migrate.FileMigrationLock}; PostgreSQL: Flyway's advisory lock), the checks run
 * before each migration commits (SQLite: {@code PRAGMA foreign_key_check}) and how a multi-statement script runs.
 */
package dev.ashlar.sql.migrate;
