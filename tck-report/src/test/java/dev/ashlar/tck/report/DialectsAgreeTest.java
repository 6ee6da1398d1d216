package dev.ashlar.tck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Both dialects must run the same TCK tests with the same results. The only allowed difference is a test skipped
 * on one dialect because it lacks a declared capability (the report's detail names it).
 */
class DialectsAgreeTest {
    private static final String SKIPPED = "skipped-by-capability";

    @Test
    void sqliteAndPostgresRunTheSameTestsWithTheSameResults() throws IOException {
        Path sqliteFile = DialectReport.locate("dialect-sqlite", "sqlite");
        Path postgresFile = DialectReport.locate("dialect-postgres", "postgres");
        assumeTrue(Files.exists(sqliteFile) && Files.exists(postgresFile),
                "both dialect modules must have run their TCK suite first (mvn verify from the root)");
        DialectReport sqlite = DialectReport.read(sqliteFile);
        DialectReport postgres = DialectReport.read(postgresFile);
        assumeFalse(postgres.fullyUnavailable() && !"true".equals(System.getenv("CI")),
                "PostgreSQL was unreachable, so there is nothing to compare (CI=true makes that a failure)");

        Set<String> all = new TreeSet<>(sqlite.outcomes().keySet());
        all.addAll(postgres.outcomes().keySet());
        List<String> mismatches = new ArrayList<>();
        List<String> capabilityDifferences = new ArrayList<>();
        for (String test : all) {
            String a = sqlite.outcomes().get(test);
            String b = postgres.outcomes().get(test);
            if (a == null || b == null) {
                mismatches.add(test + ": ran only on " + (a == null ? "postgres" : "sqlite"));
            } else if (!a.equals(b)) {
                if (SKIPPED.equals(a) || SKIPPED.equals(b)) {
                    capabilityDifferences.add(test + ": " + (SKIPPED.equals(a) ? "sqlite " + sqlite.details().get(test)
                            : "postgres " + postgres.details().get(test)));
                } else {
                    mismatches.add(test + ": sqlite " + a + ", postgres " + b);
                }
            }
        }
        writeComparison(sqlite, postgres, mismatches, capabilityDifferences);
        assertThat(sqlite.count("failed") + postgres.count("failed")).as("failed TCK tests").isZero();
        assertThat(mismatches).as("tests whose results differ between dialects without a capability").isEmpty();
    }

    private static void writeComparison(DialectReport sqlite, DialectReport postgres, List<String> mismatches,
                                        List<String> capabilityDifferences) throws IOException {
        StringBuilder md = new StringBuilder("# TCK: SQLite and PostgreSQL side by side\n\n");
        md.append("| outcome | sqlite | postgres |\n|---|---:|---:|\n");
        for (String outcome : List.of("passed", "failed", SKIPPED, "expected-failure", "unavailable")) {
            md.append("| ").append(outcome).append(" | ").append(sqlite.count(outcome)).append(" | ")
                    .append(postgres.count(outcome)).append(" |\n");
        }
        md.append("\nDifferences declared by capability:\n\n");
        capabilityDifferences.forEach(d -> md.append("- ").append(d).append('\n'));
        md.append("\nUndeclared differences: ").append(mismatches.isEmpty() ? "none" : "").append('\n');
        mismatches.forEach(m -> md.append("- ").append(m).append('\n'));
        Path out = Path.of("target", "tck", "comparison.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }
}
