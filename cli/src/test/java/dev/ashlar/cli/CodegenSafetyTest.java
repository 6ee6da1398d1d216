package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * codegen's guard rails: contradictory flags are usage errors, removed tables (and the tables of a repo the domain no
 * longer uses) are never dropped or forgotten silently, check names the question a run would ask, a kept table costs
 * no empty migration, and an empty domain has nothing to generate. On SQLite; the database steps also run on
 * PostgreSQL in {@link PostgresLifecycleTest}.
 */
class CodegenSafetyTest {
    @TempDir
    Path dir;

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    @Test
    void conflictingOptionsAreAUsageErrorAndChangeNothing() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));
        List<String> files = project.files();

        for (List<String> conflict : List.of(List.of("remove", "--allow-destructive", "--keep-removed-tables"),
                List.of("--check", "--dev"), List.of("--check", "--dry-run"), List.of("--dry-run", "--dev"),
                List.of("--snapshots-only", "--dry-run"))) {
            Result result = Cli.run(project, "codegen", conflict.toArray(String[]::new));

            assertThat(result.exitCode()).as(conflict + ": " + result).isEqualTo(2);
            assertThat(result.err()).as(conflict.toString()).contains("conflicting options")
                    .contains("Usage: ashlar codegen");
            assertThat(project.files()).as("files after " + conflict).isEqualTo(files);
        }
    }

    @Test
    void movingTheLastResourceOutOfARepoAsksAboutItsTablesAndKeepsTheRepoAddressable() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        ok(Cli.run(project, "migrate"));
        String moved = MovedDomain.class.getName();

        Result check = Cli.run(project, "codegen", "--check", "--domain", moved);
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("repo main (sqlite,").contains("no longer used by domain library")
                .contains("drop table authors").contains("question: ").contains("--keep-removed-tables");

        Result unanswered = Cli.run(project, "codegen", "move_authors", "--domain", moved);
        assertThat(unanswered.exitCode()).as(unanswered.toString()).isEqualTo(1);
        assertThat(unanswered.err()).contains("authors").contains("--allow-destructive");

        Result dropped = ok(Cli.run(project, "codegen", "move_authors", "--allow-destructive", "--domain", moved));
        assertThat(dropped.out()).contains("repo main (sqlite,").contains("drop table authors");

        Result status = ok(Cli.run(project, "status", "--repo", "main", "--domain", moved));
        assertThat(status.out()).contains("no longer used by domain library").contains("1 applied, 1 pending");
        Result migrated = ok(Cli.run(project, "migrate", "--domain", moved));
        assertThat(migrated.out()).contains("repo audit (sqlite,").contains("repo main (sqlite,")
                .contains("no longer used by domain library");
        assertThat(SqliteFiles.tables(project.database("main"))).doesNotContain("authors");
        assertThat(SqliteFiles.tables(project.database("audit"))).contains("authors", "events");
        assertThat(ok(Cli.run(project, "codegen", "--check", "--domain", moved)).out())
                .contains("Migrations are up to date");

        ok(Cli.run(project, "rollback", "--repo", "main", "--force", "--domain", moved));
        assertThat(SqliteFiles.tables(project.database("main"))).contains("authors");
    }

    @Test
    void checkNamesAPendingRenameQuestionAndTheHintThatAnswersIt() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library", "--repo", "main"));

        Result check = Cli.run(project, "codegen", "--check", "--repo", "main", "--domain",
                ReshapedDomain.class.getName());

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("a rename question is pending").contains(".renamedFrom(\"name\")")
                .contains("--allow-destructive").contains("renamedFrom hint")
                .doesNotContain("Pending changes: run 'ashlar codegen NAME'");
    }

    @Test
    void aKeptTableCostsASnapshotAndNoMigrationAndSkippedNotManagedResourcesAreNamed() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));
        List<String> migrations = project.files().stream().filter(f -> f.contains("/migration/")).toList();

        Result kept = ok(Cli.run(project, "codegen", "keep_events", "--keep-removed-tables", "--domain",
                MovedAway.class.getName()));
        assertThat(kept.out()).contains("repo audit (sqlite,").contains("no longer used by domain library")
                .contains("snapshots only").contains("kept table events").doesNotContain("0 change(s)");
        assertThat(project.files().stream().filter(f -> f.contains("/migration/")).toList())
                .as("no migration for a kept table").isEqualTo(migrations);
        assertThat(ok(Cli.run(project, "codegen", "--check", "--domain", MovedAway.class.getName())).out())
                .contains("Migrations are up to date");

        Result legacy = ok(Cli.run(project, "codegen", "later", "--repo", "main", "--domain",
                ReshapedDomain.class.getName() + "$WithLegacy"));
        assertThat(legacy.out()).contains("note: skipped not-managed resource(s) Legacy (table legacy_rows)");
    }

    @Test
    void anEmptyDomainHasNothingToGenerate() {
        TestProject project = TestProject.sqlite(dir, EmptyDomain.class, "main");

        Result result = ok(Cli.run(project, "codegen", "nothing"));

        assertThat(result.out()).contains("Nothing to generate").contains("no resource stored in a table");
        assertThat(project.files()).isEmpty();
    }

    /** {@link TwoRepoDomain} without events: {@code audit} keeps its table only if asked. */
    public static final class MovedAway {
        private MovedAway() {
        }

        public static dev.ashlar.domain.Domain domain() {
            return dev.ashlar.domain.Domain.define("library", d -> d.resources(TwoRepoDomain.AUTHOR));
        }
    }
}
