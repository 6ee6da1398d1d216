package dev.ashlar.spi;

/**
 * Numeric limits of a data layer.
 *
 * @param maxBindParameters   bind parameters one statement may carry; bulk writes are split to stay under it
 * @param maxIdentifierLength longest table/column/index name the database keeps intact
 */
public record Limits(int maxBindParameters, int maxIdentifierLength) {
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
