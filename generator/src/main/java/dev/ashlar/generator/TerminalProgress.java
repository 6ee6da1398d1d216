package dev.ashlar.generator;

import java.io.PrintStream;
import java.time.Duration;

/** One status line, rewritten with a carriage return at most twice a second, shown once a run lasts a second. */
final class TerminalProgress implements ProgressReporter {
    private static final Duration SHOW_AFTER = Duration.ofSeconds(1);
    private static final Duration EVERY = Duration.ofMillis(500);

    private final PrintStream out;
    private Duration lastShown;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void report(Progress p) {
        if (p.elapsed().compareTo(SHOW_AFTER) < 0) {
            return;
        }
        if (!p.finished() && lastShown != null && p.elapsed().minus(lastShown).compareTo(EVERY) < 0) {
            return;
        }
        lastShown = p.elapsed();
        out.printf("\r%s: %,d/%,d rows, %,.0f rows/s%s", p.label(), p.done(), p.total(), p.rowsPerSecond(),
                p.finished() ? System.lineSeparator() : "");
        out.flush();
        if (p.finished()) {
            lastShown = null;
        }
    }
}
