package dev.ashlar.error;

import java.util.List;

/** A check constraint refused a value. */
public final class CheckViolationException extends ConstraintViolationException {
    private final String constraint;

    public CheckViolationException(String resource, String constraint, Throwable cause) {
        super(resource + ": check constraint " + constraint + " failed", resource, List.of(), cause);
        this.constraint = constraint;
    }

    public String constraint() {
        return constraint;
    }
}
