package dev.ashlar.spi;

/**
 * Numeric limits of a data layer.
 *
 * @param maxBindParameters   bind parameters one statement may carry; bulk writes are split to stay under it
 * @param maxIdentifierLength longest table/column/index name the database keeps intact
 */
public record Limits(int maxBindParameters, int maxIdentifierLength) {
    /**
     * The identifier length every shipped data layer keeps intact: PostgreSQL's 63 bytes (SQLite keeps far longer
     * names). A domain is checked against it when it is built, because a resource moves between repos, and so
     * between data layers, with a one-line change, and its snapshots do not depend on the data layer.
     */
    public static final int PORTABLE_IDENTIFIER_LENGTH = 63;

    public Limits {
        if (maxBindParameters < 1 || maxIdentifierLength < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** How many rows of {@code columns} columns fit in one statement, capped at {@code preferred}. */
    public int rowsPerStatement(int columns, int preferred) {
        return Math.max(1, Math.min(preferred, maxBindParameters / Math.max(1, columns)));
    }
}
