package dev.ashlar.error;

import java.util.List;

/** A write points at a row that does not exist, or a destroy is refused because other rows still point here. */
public final class ForeignKeyViolationException extends ConstraintViolationException {
    private final String relationship;

    public ForeignKeyViolationException(String message, String resource, String relationship, List<String> fields,
                                        Throwable cause) {
        super(message, resource, fields, cause);
        this.relationship = relationship;
    }

    /** The relationship concerned when known, else {@code null}. */
    public String relationship() {
        return relationship;
    }
}
