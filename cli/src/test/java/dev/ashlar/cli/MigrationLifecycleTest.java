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

        Result refused = Cli.run(project, "rollback");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: ").contains("force");
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
        assertThat(result.err()).contains("error: the database of repo main does not exist; run 'ashlar create' first");
        assertThat(project.database("main")).doesNotExist();
        assertThat(project.database("audit")).as("stops at the first failing repo").doesNotExist();
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
