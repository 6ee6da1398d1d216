package dev.ashlar.error;

/** The data layer failed for a reason that is not the caller's input: connection lost, SQL error, I/O. */
public final class DataLayerException extends AshlarException {
    public DataLayerException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataLayerException(String message) {
        super(message);
    }
}
