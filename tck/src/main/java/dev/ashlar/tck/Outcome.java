package dev.ashlar.tck;

/** How one conformance test ended, as written in the report. */
public enum Outcome {
    PASSED("passed"),
    FAILED("failed"),
    SKIPPED_BY_CAPABILITY("skipped-by-capability"),
    EXPECTED_FAILURE("expected-failure"),
    UNAVAILABLE("unavailable"),
    /** Aborted by an assumption (not by the expected-failures list). */
    ABORTED("aborted"),
    /** Disabled for another reason, e.g. {@code @Disabled}. */
    DISABLED("disabled");

    /** Prefix of the skip reason of a test whose target database cannot be reached. */
    public static final String UNAVAILABLE_PREFIX = "unavailable: ";
    /** Prefix of the skip reason of a test needing a capability the data layer lacks. */
    public static final String CAPABILITY_PREFIX = "capability-absent:";

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when the test body ran (passed, failed or failed as expected). */
    public boolean ran() {
        return this == PASSED || this == FAILED || this == EXPECTED_FAILURE;
    }

    /** The outcome of a test skipped with {@code reason}. */
    static Outcome ofSkipReason(String reason) {
        if (reason.startsWith(CAPABILITY_PREFIX)) {
            return SKIPPED_BY_CAPABILITY;
        }
        return reason.startsWith(UNAVAILABLE_PREFIX) ? UNAVAILABLE : DISABLED;
    }
}
