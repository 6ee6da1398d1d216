package dev.ashlar.migration.spi;

import java.util.Objects;

/**
 * One change {@link MigrationRunner#repair} made to a repo's migration history.
 *
 * @param oldChecksum the checksum the history held (of a removed row: its recorded one), or {@code null}
 * @param newChecksum the checksum it holds now (the file's), or {@code null} when the row was removed
 */
public record RepairChange(Action action, String version, String description, Integer oldChecksum,
                           Integer newChecksum) {

    /** What was done to the row. */
    public enum Action {
        /** A row recorded as failed was deleted: the migration is pending again. */
        REMOVED_FAILED_ROW,
        /** An applied migration's recorded checksum was set to its file's. */
        REALIGNED_CHECKSUM
    }

    public RepairChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(version, "version");
    }

    /** {@code V2 (add price): removed its failed history row (checksum 123)}, for people. */
    public String describe() {
        String label = "V" + version + " (" + description + ")";
        return switch (action) {
            case REMOVED_FAILED_ROW -> label + ": removed its failed history row (checksum " + oldChecksum
                    + "); it is pending again";
            case REALIGNED_CHECKSUM -> label + ": checksum " + oldChecksum + " -> " + newChecksum
                    + " (now matches its file)";
        };
    }
}
