package dev.ashlar.migration.spi;

/**
 * Which applied migrations to roll back: the newest {@code count} (default 1), or every one newer than
 * {@code toVersion} (that version stays applied; {@code "0"} rolls back everything; any other version must be
 * applied). {@code force} allows down scripts that lose data.
 */
public record RollbackRequest(String toVersion, Integer count, boolean force) {
    public static RollbackRequest last(int count) {
        return new RollbackRequest(null, count, false);
    }

    public static RollbackRequest to(String version) {
        return new RollbackRequest(version, null, false);
    }

    public RollbackRequest forced() {
        return new RollbackRequest(toVersion, count, true);
    }
}
