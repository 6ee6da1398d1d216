package dev.ashlar.spi;

/**
 * Optional features a data layer may have. Closed on purpose: a capability is a promise the TCK can check.
 */
public enum Capability {
    /** Identities with {@code nilsDistinct=false} ({@code NULLS NOT DISTINCT}; PostgreSQL 15+). */
    NULLS_NOT_DISTINCT,
    /** Case-insensitive operators fold non-ASCII letters too ({@code É} equals {@code é}). */
    UNICODE_CASE_FOLDING,
    /** {@code <}, {@code >} and sorting on decimals are exact beyond 15 significant digits. */
    EXACT_DECIMAL_COMPARISON,
    /** {@code SELECT ... FOR UPDATE} row locks. */
    ROW_LOCKS,
    /** Several transactions may write at once (otherwise writers are serialised). */
    CONCURRENT_WRITERS,
    /** Columns can be altered in place (otherwise migrations rebuild the table). */
    ALTER_COLUMN
}
