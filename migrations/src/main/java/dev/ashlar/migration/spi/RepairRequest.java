package dev.ashlar.migration.spi;

/**
 * What {@link MigrationRunner#repair} may change. Failed history rows are always removed; checksums of applied
 * migrations whose files changed are realigned to the files only when {@code realignChecksums} is set, since that
 * accepts an edit Ashlar would otherwise refuse (generated files are write-once).
 */
public record RepairRequest(boolean realignChecksums) {

    /** Removes failed history rows only. */
    public static RepairRequest failedRows() {
        return new RepairRequest(false);
    }

    /** Also realigns the checksums of applied migrations whose files changed since. */
    public RepairRequest withRealignedChecksums() {
        return new RepairRequest(true);
    }
}
