package dev.ashlar.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a repo's work may wait before it fails with {@link dev.ashlar.error.TimeoutException}.
 *
 * @param lock      how long a write waits for a lock another transaction holds (SQLite: the one writer's lock,
 *                  in this process and in the database file; PostgreSQL: {@code lock_timeout}, rows and tables).
 *                  Always bounded: default {@value #DEFAULT_LOCK_SECONDS}s
 * @param statement how long one statement may run (PostgreSQL {@code statement_timeout}); {@link Duration#ZERO},
 *                  the default, sets no limit. Not offered by SQLite
 */
public record Timeouts(Duration lock, Duration statement) {
    static final int DEFAULT_LOCK_SECONDS = 10;
    private static final Timeouts DEFAULTS = new Timeouts(Duration.ofSeconds(DEFAULT_LOCK_SECONDS), Duration.ZERO);

    public Timeouts {
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(statement, "statement");
        if (lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("the lock timeout must be positive, got " + lock);
        }
        if (statement.isNegative()) {
            throw new IllegalArgumentException("the statement timeout must not be negative, got " + statement);
        }
    }

    public static Timeouts defaults() {
        return DEFAULTS;
    }

    public Timeouts withLock(Duration value) {
        return new Timeouts(value, statement);
    }

    public Timeouts withStatement(Duration value) {
        return new Timeouts(lock, value);
    }

    /** Whether statements have a time limit. */
    public boolean limitsStatements() {
        return !statement.isZero();
    }

    @Override
    public String toString() {
        return "lock " + DurationText.format(lock) + ", statement " + (limitsStatements()
                ? DurationText.format(statement) : "unlimited");
    }
}
