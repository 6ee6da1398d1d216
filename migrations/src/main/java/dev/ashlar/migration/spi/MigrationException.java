package dev.ashlar.migration.spi;

import dev.ashlar.error.AshlarException;

/** A migration could not be generated, applied or rolled back; the message says why and what to do. */
public final class MigrationException extends AshlarException {
    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
