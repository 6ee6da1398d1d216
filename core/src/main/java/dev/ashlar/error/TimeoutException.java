package dev.ashlar.error;

import java.time.Duration;
import java.util.Objects;

/**
 * Work waited longer than the repo allows: for a lock another transaction holds, for a statement to finish, or for
 * a free pooled connection. The same type on every dialect; the message says what was waited for and which
 * setting bounds it.
 */
public final class TimeoutException extends AshlarException {

    /** What was waited for. */
    public enum Wait {
        /** A lock another transaction holds (config {@code lock-timeout}). */
        LOCK,
        /** A statement to finish (config {@code statement-timeout}). */
        STATEMENT,
        /** A free connection in the repo's pool (config {@code pool-size}). */
        CONNECTION
    }

    private final Wait wait;
    private final Duration limit;

    public TimeoutException(Wait wait, Duration limit, String message) {
        super(message);
        this.wait = Objects.requireNonNull(wait, "wait");
        this.limit = limit;
    }

    public TimeoutException(Wait wait, Duration limit, String message, Throwable cause) {
        super(message, cause);
        this.wait = Objects.requireNonNull(wait, "wait");
        this.limit = limit;
    }

    public Wait waitedFor() {
        return wait;
    }

    /** The bound that was reached, or {@code null} when the database did not say. */
    public Duration limit() {
        return limit;
    }
}
