package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle against a real PostgreSQL, in a database of its own that the test creates and drops through the CLI.
 * The server is {@code ASHLAR_PG_URL} (default {@code jdbc:postgresql://localhost:5432/postgres}) with
 * {@code ASHLAR_PG_USER} / {@code ASHLAR_PG_PASSWORD} (default postgres / postgres). Skipped when unreachable,
 * unless {@code CI=true}, where that fails the run.
 */
class PostgresLifecycleTest {
    @TempDir
    Path dir;

    private String database;
    private String url;
    private String auditUrl;

    @BeforeEach
    void serverIsThere() {
        PostgresServer.requireFor("PostgresLifecycleTest");
        database = PostgresServer.freshDatabaseName();
        url = PostgresServer.urlOf(database);
        auditUrl = PostgresServer.urlOf(database + "_audit");
    }

    @Test
    void createMigrateStatusRollbackAndDropADatabase() throws SQLException {
        TestProject project = project();
        ok(Cli.run(project, "codegen", "create_library"));

        assertThat(ok(Cli.run(project, "create")).out()).contains("repo main (postgres, " + url + "): database created");
        assertThat(ok(Cli.run(project, "create")).out()).contains("database already exists");
        try {
            Result migrated = ok(Cli.run(project, "migrate"));
            assertThat(migrated.out()).contains("  applied ").contains("1 migration applied");
            assertThat(tables(url)).contains("authors").doesNotContain("events");
            assertThat(tables(auditUrl)).contains("events").doesNotContain("authors");
            assertThat(ok(Cli.run(project, "status")).out()).contains("create library").contains("1 applied, 0 pending");

            execute(url, "insert into authors (id, name) values ('00000000-0000-0000-0000-0000000000a1', 'Ann')");
            Result refused = Cli.run(project, "rollback");
            assertThat(refused.exitCode()).as("dropping a table with a row needs --force").isEqualTo(1);
            assertThat(refused.err()).contains("table authors: 1 row").contains("--force");
            Result rolledBack = ok(Cli.run(project, "rollback", "--force"));
            assertThat(rolledBack.out()).contains("repo main (postgres,").contains("repo audit (postgres,")
                    .contains("1 migration rolled back");
            assertThat(tables(url)).doesNotContain("authors");
            assertThat(tables(auditUrl)).doesNotContain("events");
            assertThat(ok(Cli.run(project, "migrate")).out()).contains("1 migration applied");
        } finally {
            Result dropped = Cli.run(project, "drop", "--force");
            assertThat(dropped.exitCode()).as(dropped.toString()).isZero();
            assertThat(dropped.out()).contains("repo main (postgres, " + url + "): database dropped")
                    .contains("repo audit (postgres, " + auditUrl + "): database dropped");
        }
        assertThat(ok(Cli.run(project, "status")).out()).contains("the database does not exist");
    }

    @Test
    void dropRefusesADatabaseInUseUnlessForced() throws SQLException {
        TestProject project = project();
        ok(Cli.run(project, "create", "--repo", "main"));
        try (Connection session = PostgresServer.connect(url)) {
            Result refused = Cli.run(project, "drop", "--repo", "main");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.err()).startsWith("error: ").contains("in use").contains("force");
            assertThat(session.isValid(2)).isTrue();

            Result forced = ok(Cli.run(project, "drop", "--force", "--repo", "main"));
            assertThat(forced.out()).contains("database dropped");
        } finally {
            Cli.run(project, "drop", "--force");
        }
    }

    @Test
    void aRepoTheDomainNoLongerUsesStaysAddressableUntilItsTablesAreDropped() throws SQLException {
        TestProject project = project();
        String moved = MovedDomain.class.getName();
        ok(Cli.run(project, "codegen", "create_library"));
        ok(Cli.run(project, "create"));
        try {
            ok(Cli.run(project, "migrate"));
            Result check = Cli.run(project, "codegen", "--check", "--domain", moved);
            assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
            assertThat(check.out()).contains("drop table authors").contains("no longer used by domain library");

            ok(Cli.run(project, "codegen", "move_authors", "--allow-destructive", "--domain", moved));
            assertThat(ok(Cli.run(project, "status", "--repo", "main", "--domain", moved)).out())
                    .contains("repo main (postgres, " + url + "; no longer used by domain library)")
                    .contains("1 applied, 1 pending");
            ok(Cli.run(project, "migrate", "--domain", moved));
            assertThat(tables(url)).doesNotContain("authors");
            assertThat(tables(auditUrl)).contains("authors", "events");

            ok(Cli.run(project, "rollback", "--repo", "main", "--force", "--domain", moved));
            assertThat(tables(url)).contains("authors");
        } finally {
            Result dropped = Cli.run(project, "drop", "--force", "--domain", moved);
            assertThat(dropped.exitCode()).as(dropped.toString()).isZero();
            assertThat(dropped.out()).contains("repo main (postgres,").contains("database dropped");
        }
    }

    @Test
    void withoutADatabaseMigrateSaysSoFirstAndANamedCodegenAfterDevHasNothingToRollBack() throws SQLException {
        TestProject project = project();
        ok(Cli.run(project, "codegen", "create_authors", "--repo", "main"));
        ok(Cli.run(project, "codegen", "--dev", "--repo", "main", "--domain", ChangedDomain.class.getName()));

        Result migrate = Cli.run(project, "migrate", "--repo", "main");
        assertThat(migrate.exitCode()).isEqualTo(1);
        assertThat(migrate.err()).isEqualTo("error: the database of repo main does not exist; run 'ashlar create' "
                + "first" + System.lineSeparator());
        assertThat(migrate.out()).doesNotContain("migrating");

        Result squashed = ok(Cli.run(project, "codegen", "add_bio", "--repo", "main", "--domain",
                ChangedDomain.class.getName()));
        assertThat(squashed.out()).contains("does not exist").contains("squashed development migrations");
        assertThat(project.files()).noneMatch(f -> f.contains("_dev"));
        assertThat(ok(Cli.run(project, "status", "--repo", "main")).out()).contains("the database does not exist");
    }

    /**
     * Item 8: the main repo's URL carries its credentials as user-info (moved into the user and password settings,
     * so it connects: the server trusts local connections whatever the password), and a migration fails on a unique
     * constraint: neither the URL's password nor the row's token is printed, even under --verbose.
     */
    @Test
    void aMigrationFailingOnAConstraintPrintsNoValueOfTheRowNorTheUrlPassword() throws Exception {
        String urlPassword = "Url-pw-7f3e19";
        TestProject project = TestProject.write(dir, """
                domain: dev.ashlar.cli.TwoRepoDomain
                repos:
                  main:
                    url: %1$s
                  audit:
                    url: %2$s
                    user: %3$s
                    password: ${ASHLAR_PG_PASSWORD:-postgres}
                """.formatted(url.replaceFirst("^jdbc:postgresql://", "jdbc:postgresql://" + PostgresServer.USER + ":" + urlPassword
                + "@"), auditUrl, PostgresServer.USER));
        ok(Cli.run(project, "create", "--repo", "main"));
        try {
            String version = SecretMigration.writeInto(project.root(), "main");

            Result result = Cli.run(project, "migrate", "--repo", "main", "--verbose");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).contains(version).contains("23505").contains("Caused by");
            assertThat(result.all()).doesNotContain(SecretMigration.TOKEN).doesNotContain(urlPassword);
            assertThat(result.err().lines().filter(l -> l.startsWith("Caused by: ")))
                    .isNotEmpty().allMatch(l -> l.contains(" (redacted)"));
        } finally {
            Result dropped = Cli.run(project, "drop", "--force", "--repo", "main");
            assertThat(dropped.exitCode()).as(dropped.toString()).isZero();
            assertThat(dropped.all()).doesNotContain(urlPassword);
        }
    }

    private TestProject project() {
        return TestProject.write(dir, PostgresServer.twoRepoConfig("", url, auditUrl));
    }

    private void execute(String database, String sql) throws SQLException {
        try (Connection c = PostgresServer.connect(database);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private java.util.List<String> tables(String database) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Connection c = PostgresServer.connect(database);
             ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    private static Result ok(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

}
