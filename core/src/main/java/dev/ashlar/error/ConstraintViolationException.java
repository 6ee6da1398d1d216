package dev.ashlar.error;

import java.util.List;

/** A database constraint refused a write. Subclasses say which kind; all are translated the same on every dialect. */
public abstract sealed class ConstraintViolationException extends AshlarException
        permits UniqueViolationException, ForeignKeyViolationException, NotNullViolationException,
                CheckViolationException {
    private final String resource;
    private final List<String> fields;

    protected ConstraintViolationException(String message, String resource, List<String> fields, Throwable cause) {
        super(message, cause);
        this.resource = resource;
        this.fields = List.copyOf(fields);
    }

    /** The resource whose write was refused. */
    public String resource() {
        return resource;
    }

    /** The attributes involved, as far as the database told. */
    public List<String> fields() {
        return fields;
    }
}
