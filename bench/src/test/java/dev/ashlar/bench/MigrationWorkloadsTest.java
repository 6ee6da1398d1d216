package dev.ashlar.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ashlar.Ashlar;
import dev.ashlar.bench.support.BenchDatabase;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.migration.CodegenResult;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workload 7 runs once per dialect with a few resources and does what it claims. Nothing is timed. */
class MigrationWorkloadsTest {
    private static final Optional<String> POSTGRES_UNAVAILABLE = BenchDatabase.postgresUnavailable();

    private static void require(String dialect) {
        if (dialect.equals("postgres") && POSTGRES_UNAVAILABLE.isPresent()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(POSTGRES_UNAVAILABLE.get());
            }
            assumeTrue(false, POSTGRES_UNAVAILABLE.get());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void generationWritesOneMigrationAndASnapshotPerTable(String dialect) throws Exception {
        require(dialect);
        W7GenerateMigrations b = new W7GenerateMigrations();
        b.dialect = dialect;
        b.resources = 5;
        b.setUp();
        b.freshFolder();
        try {
            CodegenResult result = b.ashlar();
            assertThat(result.repos().get(0).operations()).hasSize(5);
            try (var files = Files.walk(b.root().resolve("main/snapshots"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(5);
            }
        } finally {
            b.removeFolders();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void theReferenceVariantsGenerateWithoutWritingAndWriteWithoutGenerating(String dialect) throws Exception {
        require(dialect);
        W7GenerateMigrations b = new W7GenerateMigrations();
        b.dialect = dialect;
        b.resources = 5;
        b.setUp();
        b.freshFolder();
        try {
            assertThat(b.ashlarDryRun().repos().get(0).files()).hasSize(2 + 5);
            try (var files = Files.walk(b.root())) {
                assertThat(files.filter(Files::isRegularFile).count()).isZero();
            }
            assertThat(b.filesOnly()).isEqualTo(2 + 5);
            try (var files = Files.walk(b.root())) {
                assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2 + 5);
            }
        } finally {
            b.removeFolders();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void flywayAndAshlarBothApplyTheGeneratedMigration(String dialect) throws Exception {
        require(dialect);
        W7ApplyMigrations b = new W7ApplyMigrations();
        b.dialect = dialect;
        b.resources = 5;
        b.generate();
        b.emptyDatabase();
        assertThat(b.flyway().migrationsExecuted).isEqualTo(1);
        b.emptyDatabase();
        assertThat(b.ashlar()).hasSize(1);
        try (Ashlar ashlar = Ashlar.builder().domain(dev.ashlar.bench.support.SyntheticDomain.of(5))
                .config(AshlarConfig.of(b.repo())).build()) {
            assertThat(ashlar.dataLayer("main").schema().tableNames()).containsExactlyInAnyOrder("t_0", "t_1", "t_2",
                    "t_3", "t_4");
        }
    }
}
