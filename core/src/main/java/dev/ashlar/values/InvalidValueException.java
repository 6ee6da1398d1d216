package dev.ashlar.values;


/** A value does not fit its type; becomes a {@link dev.ashlar.error.FieldError} with this code. */
public final class InvalidValueException extends RuntimeException {
    private final String code;

    public InvalidValueException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
