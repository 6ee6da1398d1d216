/**
 * The Ashlar test compatibility kit: the JUnit 5 extension ({@link dev.ashlar.tck.TckExtension}, applied with
 * {@link dev.ashlar.tck.Tck}) that runs the conformance suites of {@code dev.ashlar.tck.suites} against a
 * dialect's {@link dev.ashlar.tck.TckTarget}, gates tests by capability, honours a dialect's expected failures and
 * writes a per-dialect report to {@code target/tck/}.
 */
package dev.ashlar.tck;
