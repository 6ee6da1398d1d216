package dev.ashlar.migration.spi;

/** The state of one migration in one repo. */
public enum MigrationState {
    APPLIED, PENDING, FAILED,
    /** Applied, but the file changed since (generated files are write-once). */
    CHECKSUM_MISMATCH,
    /** Applied, but its file is gone. */
    MISSING_FILE,
    /** A pending file older than the newest applied one (merged from another branch). */
    OUT_OF_ORDER,
    /** Recorded as applied by a baseline, or older than the baseline: never run, and never rolled back. */
    BASELINE
}
