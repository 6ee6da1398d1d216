package dev.ashlar.generator;

import java.time.Duration;

/**
 * How far a run is: rows written of the total, and the time since it started.
 *
 * @param label    what is being made, e.g. {@code User.create}
 * @param finished true for the last report of a run
 */
public record Progress(String label, long done, long total, Duration elapsed, boolean finished) {

    /** Rows written per second so far (0 before any time has passed). */
    public double rowsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : done * 1e9 / nanos;
    }
}
