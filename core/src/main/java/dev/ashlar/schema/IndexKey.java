package dev.ashlar.schema;

/**
 * One key of an index: a column, optionally folded to lower case (for case-insensitive identities).
 */
public record IndexKey(String column, boolean lowerCase) {
    public static IndexKey of(String column) {
        return new IndexKey(column, false);
    }
}
