package dev.ashlar.error;

import java.util.List;

/** A write would duplicate an identity (or the primary key). */
public final class UniqueViolationException extends ConstraintViolationException {
    private final String identity;

    public UniqueViolationException(String resource, String identity, List<String> fields, Throwable cause) {
        super(resource + ": a row with the same " + String.join(", ", fields) + " already exists (identity "
                + identity + ")", resource, fields, cause);
        this.identity = identity;
    }

    /** The identity's name; {@code primary_key} for the primary key. */
    public String identity() {
        return identity;
    }
}
