package dev.ashlar.tck;

import java.util.Objects;

/**
 * The result of one conformance test.
 *
 * @param testClass simple name of the test class
 * @param method    test method name
 * @param outcome   how it ended
 * @param detail    why: the failure message, the absent capability, the expected-failure reason; empty when passed
 */
public record TestResult(String testClass, String method, Outcome outcome, String detail) {
    public TestResult {
        Objects.requireNonNull(testClass, "testClass");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
    }

    /** {@code SimpleClassName#method}, the key of the expected-failures list. */
    public String key() {
        return testClass + "#" + method;
    }
}
