package dev.ashlar.error;

/** Root of every error Ashlar raises. Unchecked, so that declarations and actions read as plain code. */
public abstract class AshlarException extends RuntimeException {
    protected AshlarException(String message) {
        super(message);
    }

    protected AshlarException(String message, Throwable cause) {
        super(message, cause);
    }
}
