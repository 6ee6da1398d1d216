package dev.ashlar.error;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;

/**
 * Stands in for a driver's exception in the cause chain of an {@link AshlarException}: the original's class name,
 * a message with secrets and row values left out, and the original's stack trace. Ashlar never chains a driver's
 * exception itself, because its message and fields can carry what must not be printed: a PostgreSQL error's
 * {@code Detail: Key (api_token)=(...)} and {@code Failing row contains (...)}, a password a driver took for a host
 * name. A stack trace printed with this in it reads like the original's, marked {@code (redacted)}.
 */
public final class RedactedCause extends RuntimeException {
    private static final int MAX_DEPTH = 16;
    private final String originalClass;

    private RedactedCause(Throwable original, String message, RedactedCause cause) {
        super(message, cause);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /**
     * A copy of {@code original} and its causes (and suppressed exceptions), each with the message {@code describe}
     * gives for it; {@code describe} must leave out everything secret.
     */
    public static RedactedCause of(Throwable original, Function<Throwable, String> describe) {
        return copy(original, describe, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    /** A copy of {@code original} alone (none of its causes) with exactly {@code message}. */
    public static RedactedCause describing(Throwable original, String message) {
        return new RedactedCause(original, message, null);
    }

    private static RedactedCause copy(Throwable original, Function<Throwable, String> describe, Set<Throwable> seen,
                                      int depth) {
        seen.add(original);
        Throwable next = original.getCause();
        RedactedCause cause = next == null || seen.contains(next) || depth >= MAX_DEPTH ? null
                : copy(next, describe, seen, depth + 1);
        RedactedCause copy = new RedactedCause(original, describe.apply(original), cause);
        for (Throwable suppressed : original.getSuppressed()) {
            if (!seen.contains(suppressed) && depth < MAX_DEPTH) {
                copy.addSuppressed(copy(suppressed, describe, seen, depth + 1));
            }
        }
        return copy;
    }

    /** The class of the exception this stands in for, e.g. {@code org.postgresql.util.PSQLException}. */
    public String originalClass() {
        return originalClass;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return originalClass + " (redacted)" + (message == null ? "" : ": " + message);
    }
}
