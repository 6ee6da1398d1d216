package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAMigrationItsDownScriptAndSnapshotsPerRepo() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");

        Result result = Cli.run(project, "codegen", "create_library");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(project.files()).hasSize(6).anySatisfy(f -> assertThat(f).matches(
                "main/migration/V\\d{14}__create_library\\.sql")).anySatisfy(f -> assertThat(f).matches(
                "main/down/V\\d{14}__create_library\\.down\\.sql")).anySatisfy(f -> assertThat(f).matches(
                "main/snapshots/authors/\\d{14}\\.json")).anySatisfy(f -> assertThat(f).matches(
                "audit/migration/V\\d{14}__create_library\\.sql")).anySatisfy(f -> assertThat(f).matches(
                "audit/snapshots/events/\\d{14}\\.json"));
        assertThat(result.out()).contains("repo main (sqlite, jdbc:sqlite:").contains("create table authors")
                .contains("repo audit (sqlite,").contains("create table events").contains("wrote ")
                .contains("then run 'ashlar migrate'");
        assertThat(project.database("main")).as("codegen is offline").doesNotExist();
    }

    @Test
    void secondRunFindsNothingToGenerate() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        Cli.run(project, "codegen", "create_library");

        Result again = Cli.run(project, "codegen", "again");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("repo main (sqlite,").contains(": up to date").contains("Nothing to generate");
        assertThat(project.files()).hasSize(6);
    }

    @Test
    void checkExitsOneWithPendingChangesAndZeroOnACleanTreeWritingNothing() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");

        Result pending = Cli.run(project, "codegen", "--check");
        assertThat(pending.exitCode()).as(pending.toString()).isEqualTo(1);
        assertThat(pending.out()).contains("create table authors").contains("pending")
                .contains("run 'ashlar codegen NAME'");
        assertThat(project.files()).isEmpty();

        Cli.run(project, "codegen", "create_library");
        Result clean = Cli.run(project, "codegen", "--check");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).contains("up to date");

        Result changed = Cli.run(project, "codegen", "--check", "--domain", ChangedDomain.class.getName());
        assertThat(changed.exitCode()).as(changed.toString()).isEqualTo(1);
        assertThat(changed.out()).contains("add column authors.bio").contains("repo audit (sqlite,");
        assertThat(project.files()).hasSize(6);
    }

    @Test
    void dryRunPrintsTheSqlAndWritesNothing() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");

        Result result = Cli.run(project, "codegen", "create_library", "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("would write").containsIgnoringCase("create table `authors`")
                .containsIgnoringCase("drop table `authors`").contains("nothing was written");
        assertThat(project.files()).isEmpty();
        assertThat(dir.resolve("db")).doesNotExist();
    }

    @Test
    void devMigrationsAreSquashedByTheNextNamedOne() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main");

        Result dev = Cli.run(project, "codegen", "--dev", "--repo", "main");
        assertThat(dev.exitCode()).as(dev.toString()).isZero();
        assertThat(project.files()).anySatisfy(f -> assertThat(f).matches("main/migration/V\\d{14}__changes_dev\\.sql"));
        assertThat(Cli.run(project, "codegen", "--check", "--repo", "main").exitCode())
                .as("dev migrations left are drift").isEqualTo(1);

        Result named = Cli.run(project, "codegen", "create_authors", "--repo", "main");
        assertThat(named.exitCode()).as(named.toString()).isZero();
        assertThat(named.out()).contains("squashed development migrations");
        assertThat(project.files()).noneMatch(f -> f.contains("_dev"))
                .anySatisfy(f -> assertThat(f).matches("main/migration/V\\d{14}__create_authors\\.sql"));
    }

    @Test
    void repoOptionGeneratesForThatRepoOnly() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");

        Result result = Cli.run(project, "codegen", "create_audit", "--repo", "audit");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(project.files()).isNotEmpty().allMatch(f -> f.startsWith("audit/"));
        assertThat(result.out()).doesNotContain("repo main");
    }

    @Test
    void aNameIsRequiredUnlessDevCheckDryRunOrSnapshotsOnly() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");

        Result nameless = Cli.run(project, "codegen");
        assertThat(nameless.exitCode()).isEqualTo(2);
        assertThat(nameless.err()).contains("codegen needs a migration NAME").contains("Usage: ashlar codegen");

        Result badName = Cli.run(project, "codegen", "Create-Library");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("lower snake_case");
        assertThat(project.files()).isEmpty();
    }

    @Test
    void snapshotsOnlyWritesSnapshotsWithoutMigrations() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");

        Result result = Cli.run(project, "codegen", "--snapshots-only");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(project.files()).isNotEmpty().allMatch(f -> f.contains("/snapshots/"));
        assertThat(Cli.run(project, "codegen", "--check").exitCode()).isZero();
    }
}
