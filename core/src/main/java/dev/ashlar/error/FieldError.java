package dev.ashlar.error;

import java.util.Objects;

/**
 * One problem with one input field.
 *
 * @param path    the field's path, e.g. {@code price} or {@code [3].email} for the fourth input of a bulk create
 * @param code    a stable machine-readable code, e.g. {@code required}, {@code too_long}, {@code invalid_type}
 * @param message the human-readable sentence
 */
public record FieldError(String path, String code, String message) {
    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The same error, its path placed under {@code prefix} (used to index bulk inputs). */
    public FieldError under(String prefix) {
        return new FieldError(prefix + (path.isEmpty() ? "" : "." + path), code, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message; // the empty path: the input as a whole
    }
}
