/**
 * The Ashlar Maven plugin: each goal runs one {@code ashlar} command (the CLI's own code, unchanged) in a forked
 * JVM >= 21 whose class path is the project's compiled classes and runtime dependencies plus the plugin's Ashlar
 * tooling, in the project's folder, so it reads the same {@code ashlar.yml} as the command line.
 *
 * <p>Why a fork and not Maven's own JVM: Maven may run on Java 17 while Ashlar is Java 21 bytecode; and a JDBC
 * driver or SQLite's native library loaded into Maven's JVM would outlive the goal (SQLite's native library cannot
 * be loaded by a second class loader, so a second goal in the same build would fail).
 */
package dev.ashlar.maven;
