/**
 * The migration conformance suites: declarations that change version by version, turned into migrations by
 * {@link dev.ashlar.migration.Codegen} and run with {@link dev.ashlar.migration.Migrations} against the dialect's
 * fresh databases, with data present. After every step the introspected schema equals the declared model at the
 * dialect's storage level, and the rows are intact; rollbacks, failures and refusals leave everything as it was.
 */
package dev.ashlar.tck.migrations;
