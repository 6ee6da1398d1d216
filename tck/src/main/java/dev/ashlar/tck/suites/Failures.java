package dev.ashlar.tck.suites;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on exceptions that may legitimately arrive wrapped. */
final class Failures {
    private Failures() {
    }

    /** {@code thrown} is, or is caused by, a {@code type} with exactly {@code message}. */
    static void assertCausedBy(Throwable thrown, Class<? extends Throwable> type, String message) {
        assertThat(thrown).as("an exception was expected").isNotNull();
        Throwable t = thrown;
        while (t != null && !(type.isInstance(t) && message.equals(t.getMessage()))) {
            t = t.getCause();
        }
        assertThat(t).as(type.getSimpleName() + "(\"" + message + "\") in the cause chain of " + thrown).isNotNull();
    }
}
