package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** create, migrate, status, rollback and drop against real SQLite files. */
class MigrationLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void createMigrateStatusRollbackAndDropRoundTrip() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));

        Result created = ok(Cli.run(project, "create"));
        assertThat(created.out()).contains("repo main (sqlite,").contains("repo audit (sqlite,")
                .contains("database created");
        assertThat(ok(Cli.run(project, "create")).out()).contains("database already exists");

        Result pending = ok(Cli.run(project, "status"));
        assertThat(pending.out()).contains("VERSION").contains("DESCRIPTION").contains("STATE").contains("APPLIED AT")
                .contains("pending").contains("0 applied, 1 pending; run 'ashlar migrate'");

        Result migrated = ok(Cli.run(project, "migrate"));
        assertThat(migrated.out()).contains("repo main (sqlite,").contains("migrating").contains("  applied ")
                .contains("1 migration applied");
        assertThat(SqliteFiles.tables(project.database("main"))).contains("authors").doesNotContain("events");
        assertThat(SqliteFiles.tables(project.database("audit"))).contains("events").doesNotContain("authors");
        assertThat(ok(Cli.run(project, "migrate")).out()).contains("up to date, nothing to apply");

        Result status = ok(Cli.run(project, "status"));
        assertThat(status.out()).contains("create library").contains("applied").containsPattern("\\d{4}-\\d\\d-\\d\\d "
                + "\\d\\d:\\d\\d:\\d\\dZ").contains("1 applied, 0 pending");

        SqliteFiles.execute(project.database("main"), "insert into authors (id, name) values "
                + "('00000000-0000-0000-0000-0000000000a1', 'Ann')");
        Result refused = Cli.run(project, "rollback");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: ").contains("table authors: 1 row").contains("--force");
        assertThat(SqliteFiles.tables(project.database("main"))).contains("authors");

        Result rolledBack = ok(Cli.run(project, "rollback", "--force"));
        assertThat(rolledBack.out()).contains("rolled back ").contains("1 migration rolled back");
        assertThat(SqliteFiles.tables(project.database("main"))).doesNotContain("authors");
        assertThat(ok(Cli.run(project, "status")).out()).contains("0 applied, 1 pending");

        Result dropped = ok(Cli.run(project, "drop"));
        assertThat(dropped.out()).contains("database dropped");
        assertThat(project.database("main")).doesNotExist();
        assertThat(ok(Cli.run(project, "drop")).out()).contains("database did not exist");
    }

    @Test
    void migrateAppliesTheNextNOrUpToAVersion() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        String changed = ChangedDomain.class.getName();
        ok(Cli.run(project, "codegen", "create_authors", "--repo", "main"));
        String second = version(ok(Cli.run(project, "codegen", "add_bio", "--repo", "main", "--domain", changed)));
        ok(Cli.run(project, "codegen", "--check", "--repo", "main", "--domain", changed));
        ok(Cli.run(project, "create", "--repo", "main"));

        Result one = ok(Cli.run(project, "migrate", "-n", "1", "--repo", "main", "--domain", changed));
        assertThat(one.out()).contains("create authors").doesNotContain("add bio").contains("1 migration applied");

        Result to = ok(Cli.run(project, "migrate", "--to", second, "--repo", "main", "--domain", changed));
        assertThat(to.out()).contains("add bio").contains("1 migration applied");
        assertThat(ok(Cli.run(project, "status", "--repo", "main", "--domain", changed)).out())
                .contains("2 applied, 0 pending");

        Result back = ok(Cli.run(project, "rollback", "--to", version(one), "--force", "--repo", "main", "--domain",
                changed));
        assertThat(back.out()).contains("rolled back " + second).doesNotContain("create authors");
        assertThat(project.database("audit")).as("never asked for").doesNotExist();
    }

    @Test
    void repoOptionTouchesOnlyThatRepo() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));

        Result created = ok(Cli.run(project, "create", "--repo", "audit"));
        assertThat(created.out()).contains("repo audit").doesNotContain("repo main");
        assertThat(project.database("audit")).exists();
        assertThat(project.database("main")).doesNotExist();

        Result migrated = ok(Cli.run(project, "migrate", "--repo", "audit"));
        assertThat(migrated.out()).doesNotContain("repo main");
        assertThat(SqliteFiles.tables(project.database("audit"))).contains("events");
        assertThat(project.database("main")).as("never touched, not even opened").doesNotExist();

        Result status = ok(Cli.run(project, "status"));
        assertThat(status.out()).contains("repo main (sqlite,").contains("the database does not exist; run 'ashlar "
                + "create'").contains("repo audit (sqlite,").contains("1 applied, 0 pending");
        assertThat(project.database("main")).doesNotExist();
    }

    @Test
    void migrateWithoutADatabaseSaysToCreateItFirst() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));

        Result result = Cli.run(project, "migrate");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("error: the database of repo main does not exist; run 'ashlar create' "
                + "first" + System.lineSeparator());
        assertThat(result.out()).as("nothing announced for a database that is not there").doesNotContain("migrating");
        assertThat(project.database("main")).doesNotExist();
        assertThat(project.database("audit")).as("stops at the first failing repo").doesNotExist();

        Result rollback = Cli.run(project, "rollback");
        assertThat(rollback.exitCode()).isEqualTo(1);
        assertThat(rollback.err()).isEqualTo("error: the database of repo main does not exist; run 'ashlar create' "
                + "first" + System.lineSeparator());
        assertThat(rollback.out()).doesNotContain("rolling back");
    }

    @Test
    void rollbackOfEmptyTablesNeedsNoForce() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        ok(Cli.run(project, "migrate"));

        Result rolledBack = ok(Cli.run(project, "rollback"));

        assertThat(rolledBack.out()).contains("1 migration rolled back");
        assertThat(SqliteFiles.tables(project.database("main"))).doesNotContain("authors");
        assertThat(SqliteFiles.tables(project.database("audit"))).doesNotContain("events");
    }

    @Test
    void baselineAdoptsADatabaseThatHasTablesButNoHistory() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        String version = version(ok(Cli.run(project, "codegen", "create_authors", "--repo", "main")));
        ok(Cli.run(project, "create", "--repo", "main"));
        ok(Cli.run(project, "migrate", "--repo", "main"));
        SqliteFiles.execute(project.database("main"), "drop table flyway_schema_history"); // tables, no history

        Result unadopted = Cli.run(project, "migrate", "--repo", "main");
        assertThat(unadopted.exitCode()).as(unadopted.toString()).isEqualTo(1);
        assertThat(unadopted.err()).startsWith("error: ").contains("(authors)").contains("run 'ashlar baseline'")
                .doesNotContain("baseline()").hasLineCount(1);

        Result baseline = ok(Cli.run(project, "baseline", "--repo", "main"));
        assertThat(baseline.out()).contains("recorded " + version + " create authors as applied, without running it");
        assertThat(ok(Cli.run(project, "status", "--repo", "main")).out()).contains("baseline")
                .contains("0 applied, 1 by baseline, 0 pending");
        assertThat(ok(Cli.run(project, "migrate", "--repo", "main")).out()).contains("up to date");

        Result again = Cli.run(project, "baseline", "--version", version, "--repo", "main");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already has migration history");
        Result rollback = Cli.run(project, "rollback", "--force", "--repo", "main");
        assertThat(rollback.exitCode()).isEqualTo(1);
        assertThat(rollback.err()).contains(version).contains("baseline");
        assertThat(SqliteFiles.tables(project.database("main"))).contains("authors");
    }

    @Test
    void aNamedCodegenAfterDevAsksBeforeLosingDevDataAndNeedsTheOptionWithoutATerminal() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        String changed = ChangedDomain.class.getName();
        ok(Cli.run(project, "codegen", "create_authors", "--repo", "main"));
        ok(Cli.run(project, "create", "--repo", "main"));
        ok(Cli.run(project, "migrate", "--repo", "main"));
        ok(Cli.run(project, "codegen", "--dev", "--repo", "main", "--domain", changed));
        ok(Cli.run(project, "migrate", "--repo", "main", "--domain", changed));
        SqliteFiles.execute(project.database("main"), "insert into authors (id, name, bio) values "
                + "('00000000-0000-0000-0000-0000000000a1', 'Ann', 'written while iterating')");

        Result refused = Cli.run(project, "codegen", "add_bio", "--repo", "main", "--domain", changed);

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: ").contains("column authors.bio: 1 value")
                .contains("--discard-dev-data");
        assertThat(project.files()).anyMatch(f -> f.contains("_dev"));

        Result squashed = ok(Cli.run(project, "codegen", "add_bio", "--discard-dev-data", "--repo", "main",
                "--domain", changed));
        assertThat(squashed.out()).contains("rolled back development migrations");
        assertThat(project.files()).noneMatch(f -> f.contains("_dev"));
    }

    @Test
    void aNamedCodegenAfterDevWithoutADatabaseHasNothingToRollBack() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "codegen", "create_authors", "--repo", "main"));
        ok(Cli.run(project, "codegen", "--dev", "--repo", "main", "--domain", ChangedDomain.class.getName()));

        Result squashed = ok(Cli.run(project, "codegen", "add_bio", "--repo", "main", "--domain",
                ChangedDomain.class.getName()));

        assertThat(squashed.out()).contains("does not exist").contains("squashed development migrations");
        assertThat(project.files()).noneMatch(f -> f.contains("_dev"));
        assertThat(project.database("main")).as("not created by the squash").doesNotExist();
    }

    @Test
    void statusWithoutMigrationsSaysHowToGenerateOne() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        ok(Cli.run(project, "create"));

        assertThat(ok(Cli.run(project, "status")).out()).contains("no migrations in")
                .contains("run 'ashlar codegen NAME'");
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static String version(Result result) {
        Matcher m = Pattern.compile("(?:version|applied) (\\d{14})").matcher(result.out());
        assertThat(m.find()).as(result.toString()).isTrue();
        return m.group(1);
    }
}
