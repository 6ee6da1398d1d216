package dev.ashlar.generator;

import java.io.PrintStream;

/**
 * Receives a {@link Progress} after every batch of a run and once when it ends. The default,
 * {@link #terminal()}, shows long runs on a terminal; tests inject their own to assert what is reported.
 */
@FunctionalInterface
public interface ProgressReporter {

    void report(Progress progress);

    /** Reports nothing. */
    static ProgressReporter none() {
        return p -> { };
    }

    /**
     * Rows done and rate on standard error, rewritten in place, for runs longer than a second; nothing when the
     * process has no terminal (a pipe, CI, a test).
     */
    static ProgressReporter terminal() {
        return System.console() == null ? none() : new TerminalProgress(System.err);
    }

    /** Like {@link #terminal()} but always on {@code out}, terminal or not. */
    static ProgressReporter printingTo(PrintStream out) {
        return new TerminalProgress(out);
    }
}
