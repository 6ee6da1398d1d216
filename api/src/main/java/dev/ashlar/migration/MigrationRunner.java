package dev.ashlar.migration;

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
     * loses data and {@code force} is not set.
     */
    List<MigrationInfo> rollback(MigrationSource source, RollbackRequest request);
}
