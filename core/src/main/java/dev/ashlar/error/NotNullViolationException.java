package dev.ashlar.error;

import java.util.List;

/** The database refused a null in a required column (validation normally catches this first). */
public final class NotNullViolationException extends ConstraintViolationException {
    public NotNullViolationException(String resource, String field, Throwable cause) {
        super(resource + "." + field + " must not be null", resource, List.of(field), cause);
    }
}
