package dev.ashlar.sql;

import dev.ashlar.config.DurationText;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.error.TimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The process-wide lock that keeps a dialect with one writer (SQLite) to one writing transaction at a time. A
 * writer waits at most the repo's lock timeout, then fails with {@link TimeoutException} instead of hanging.
 */
final class WriterLock {
    /** A held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private static final Held NOTHING = () -> { };
    private final ReentrantLock lock;
    private final String repo;
    private final Duration timeout;

    private WriterLock(ReentrantLock lock, String repo, Duration timeout) {
        this.lock = lock;
        this.repo = repo;
        this.timeout = timeout;
    }

    /** A lock for a dialect that serialises writers; {@link #none} for one that does not. */
    static WriterLock bounded(String repo, Duration timeout) {
        return new WriterLock(new ReentrantLock(true), repo, timeout);
    }

    static WriterLock none() {
        return new WriterLock(null, null, null);
    }

    Held acquire() {
        if (lock == null) {
            return NOTHING;
        }
        try {
            if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException(TimeoutException.Wait.LOCK, timeout, "repo " + repo + ": waited longer "
                        + "than lock-timeout (" + DurationText.format(timeout) + ") for the write lock, which another "
                        + "transaction of this process holds (one writer at a time); make that transaction shorter "
                        + "or raise lock-timeout in the repo's config");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataLayerException("repo " + repo + ": interrupted while waiting for the write lock");
        }
        return lock::unlock;
    }
}
