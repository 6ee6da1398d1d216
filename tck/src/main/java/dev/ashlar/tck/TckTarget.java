package dev.ashlar.tck;

import dev.ashlar.config.RepoConfig;
import java.util.Map;
import java.util.Optional;

/**
 * What a dialect module implements (in its test sources) to run the TCK: fresh databases to test in. The dialect's
 * suite class names the implementation with the JUnit configuration parameter {@value #TARGET_PARAMETER}:
 * <pre>{@code
 * @Suite
 * @SelectPackages("dev.ashlar.tck")
 * @ConfigurationParameter(key = TckTarget.TARGET_PARAMETER, value = "dev.ashlar.sqlite.SqliteTckTarget")
 * class SqliteTckTest {}
 * }</pre>
 * Implementations need a public no-argument constructor.
 */
public interface TckTarget {

    /** The JUnit configuration parameter naming the {@link TckTarget} class. */
    String TARGET_PARAMETER = "ashlar.tck.target";

    /** The dialect under test, e.g. {@code sqlite}; names the report files. */
    String dialect();

    /**
     * Why the dialect's database cannot be reached, or empty when it can. When {@code CI=true} an unavailable
     * target fails the run; elsewhere the whole suite is skipped with this reason.
     */
    Optional<String> unavailableReason();

    /** A new, empty database configured as repo {@code repoName}. */
    RepoConfig freshRepo(String repoName);

    /** Removes a database made by {@link #freshRepo}. */
    void dispose(RepoConfig repo);

    /**
     * Tests known to fail on this dialect, as {@code SimpleClassName#method} mapped to the reason. They still run;
     * an expected failure is reported as such, and an unexpected pass fails the build.
     */
    default Map<String, String> expectedFailures() {
        return Map.of();
    }
}
