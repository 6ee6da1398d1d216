package dev.ashlar.error;

import java.util.List;
import java.util.stream.Collectors;

/** Input rejected before it reached the database; carries every field error found, not just the first. */
public final class InvalidInputException extends AshlarException {
    private final String resource;
    private final String action;
    private final List<FieldError> errors;

    public InvalidInputException(String resource, String action, List<FieldError> errors) {
        super("invalid input for " + resource + "." + action + ": "
                + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.resource = resource;
        this.action = action;
        this.errors = List.copyOf(errors);
    }

    public String resource() {
        return resource;
    }

    public String action() {
        return action;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The errors for one field path. */
    public List<FieldError> errorsFor(String path) {
        return errors.stream().filter(e -> e.path().equals(path)).toList();
    }
}
