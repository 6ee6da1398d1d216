package dev.ashlar.values;

/** The logical attribute types. Every data layer must round-trip each of them identically. */
public enum TypeKind {
    /** {@link java.util.UUID}. */
    UUID,
    /** Short text, {@link String}, with an optional maximum length. */
    STRING,
    /** Text compared without regard to case; stored as given, {@link String}. */
    CI_STRING,
    /** Long text, {@link String}. */
    TEXT,
    /** 64-bit integer, {@link Long}. */
    INTEGER,
    /** Exact decimal with precision and scale, {@link java.math.BigDecimal}. */
    DECIMAL,
    /** {@link Boolean}. */
    BOOLEAN,
    /** {@link java.time.LocalDate}. */
    DATE,
    /** {@link java.time.LocalTime}, microsecond precision. */
    TIME,
    /** UTC {@link java.time.Instant}, microsecond precision. */
    TIMESTAMP,
    /** A JSON object as {@code Map<String, Object>}. */
    JSON,
    /** One of a fixed set of string values. */
    ENUM,
    /** {@code byte[]}. */
    BINARY
}
