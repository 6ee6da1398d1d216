package dev.ashlar.generator;

import dev.ashlar.error.AshlarException;

/**
 * A generator could not make or write its rows: a rule it could not satisfy, a refused batch, a bad count or seed.
 * Messages name resource, action, field and rule, never a generated value (it may be sensitive).
 */
public final class GeneratorException extends AshlarException {
    GeneratorException(String message) {
        super(message);
    }

    GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
