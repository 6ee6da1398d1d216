package dev.ashlar.migration.spi;

import java.util.List;

/**
 * Applies, rolls back and reports one repo's migrations. Flyway applies up scripts and keeps
 * {@code flyway_schema_history}; rollback runs a down script and deletes its history row in one transaction, only
 * for a contiguous tail of successfully applied migrations whose checksums match. A failing migration leaves
 * schema and history as they were. Concurrent runs against one repo are serialised (database or file lock).
 */
public interface MigrationRunner {

    /** Every migration known to the files or the history, oldest first. */
    List<MigrationInfo> status(MigrationSource source);

    /** Applies pending migrations; returns those applied. */
    List<MigrationInfo> migrate(MigrationSource source, MigrateRequest request);

    /**
     * Rolls back, newest first; returns those rolled back. Refuses, with a {@link MigrationException} saying why,
     * when a target is not applied successfully, its checksum does not match, its down script is missing, or it
     * would lose data and {@code force} is not set. Whether it loses data is counted when it runs: a down script
     * that drops a table or column (its {@code -- destructive:} header lines) loses data only when that table has
     * rows or that column has non-null values.
     */
    List<MigrationInfo> rollback(MigrationSource source, RollbackRequest request);

    /**
     * What rolling back as {@code request} would lose now, counted in the database as {@link #rollback} counts it
     * ({@code force} is ignored); empty when nothing. Changes nothing. Refuses as {@code rollback} does when the
     * targets cannot be rolled back at all.
     */
    List<DataLoss> dataLoss(MigrationSource source, RollbackRequest request);

    /**
     * Records {@code version} ({@code null}: the newest migration file) as applied without running it, for a
     * database whose schema was made before Ashlar kept its history; migrations up to it count as applied, newer
     * ones are pending. Refuses when the database already has migration history. A baselined version cannot be
     * rolled back.
     */
    MigrationInfo baseline(MigrationSource source, String version);

    /**
     * Repairs the history after a failed migration: deletes every row recorded as failed (a migration that ran
     * outside a transaction and stopped part-way; its schema changes are not undone, so fix those first), and with
     * {@link RepairRequest#realignChecksums()} sets the recorded checksum of each applied migration whose file
     * changed since to the file's. Runs in one transaction under the migration lock and returns exactly what it
     * changed; nothing to repair changes nothing.
     */
    RepairResult repair(MigrationSource source, RepairRequest request);
}
