package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.Result;
import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors exit 2, failures exit 1 with one line that says what to do, and no secret is ever printed. */
class CliErrorsTest {
    private static final String SECRET = "Sup3r-s3cret-PW";

    @TempDir
    Path dir;

    @Test
    void unknownOptionIsAUsageError() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");

        Result result = Cli.run(project, "migrate", "--bogus");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--bogus'").contains("Usage: ashlar migrate");
    }

    @Test
    void noCommandIsAUsageErrorAndHelpIsNot() {
        assertThat(Cli.run().exitCode()).isEqualTo(2);
        Result help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("codegen").contains("migrate").contains("rollback").contains("create")
                .contains("drop").contains("status").contains("Exit codes");
        for (String command : new String[] {"codegen", "migrate", "rollback", "create", "drop", "status"}) {
            Result commandHelp = Cli.run(command, "--help");
            assertThat(commandHelp.exitCode()).isZero();
            assertThat(commandHelp.out()).contains("Usage: ashlar " + command).contains("--config").contains("--repo");
        }
        assertThat(Cli.run("rollback", "--help").out()).contains("--force").contains("--to").contains("-n");
    }

    @Test
    void conflictingOptionsAreAUsageError() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");

        Result result = Cli.run(project, "rollback", "-n", "2", "--to", "20260101000000");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("give --to or -n, not both");
    }

    @Test
    void missingConfigFileFailsWithAHint() {
        Result result = Cli.run("status", "--config", dir.resolve("nowhere.yml").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: config file ").contains("nowhere.yml not found")
                .contains("--config FILE").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.err().lines().count()).isEqualTo(1);
    }

    @Test
    void unsetEnvironmentVariableInTheConfigIsNamed() {
        TestProject project = TestProject.write(dir, """
                domain: dev.ashlar.cli.TwoRepoDomain
                repos:
                  main:
                    url: ${ASHLAR_CLI_TEST_SURELY_UNSET_URL}
                """);

        Result result = Cli.run(project, "status");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("ASHLAR_CLI_TEST_SURELY_UNSET_URL").contains("not set");
    }

    @Test
    void missingDomainAndUnknownDomainClassSayWhatToDo() {
        TestProject noDomain = TestProject.write(dir, "repos:\n  main:\n    url: jdbc:sqlite:" + dir.resolve("m.db") + "\n");
        Result none = Cli.run(noDomain, "status");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("no domain: pass --domain CLASS or add 'domain: ");

        Result unknown = Cli.run(noDomain, "status", "--domain", "com.example.Nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("domain class com.example.Nope not found").contains("--classpath");

        Result notADomain = Cli.run(noDomain, "status", "--domain", String.class.getName());
        assertThat(notADomain.exitCode()).isEqualTo(1);
        assertThat(notADomain.err()).contains("holds no domain");
    }

    @Test
    void repoNotInTheDomainOrNotConfiguredFailsBeforeTouchingAnything() {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main");

        Result unknown = Cli.run(project, "create", "--repo", "nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("repo nope is not used by domain library; its repos are [main, audit]");

        Result unconfigured = Cli.run(project, "create");
        assertThat(unconfigured.exitCode()).isEqualTo(1);
        assertThat(unconfigured.err()).contains("repo audit of domain library is not configured");
        assertThat(project.database("main")).as("checked before any repo is touched").doesNotExist();
    }

    @Test
    void aPasswordInTheConfigIsNeverPrinted() {
        TestProject project = TestProject.write(dir, """
                domain: dev.ashlar.cli.TwoRepoDomain
                repos:
                  main:
                    url: jdbc:postgresql://localhost:1/library?password=%1$s&connectTimeout=2
                    user: app
                    password: %1$s
                  audit:
                    url: jdbc:postgresql://app:%1$s@localhost:1/audit?connectTimeout=2
                    password: %1$s
                """.formatted(SECRET));

        for (String command : new String[] {"create", "status", "migrate", "drop"}) {
            Result result = Cli.run(project, command, "--verbose");
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.all()).as(command).doesNotContain(SECRET).contains("error: ");
        }
        Result codegen = Cli.run(project, "codegen", "--dry-run");
        assertThat(codegen.exitCode()).as(codegen.toString()).isZero();
        assertThat(codegen.all()).doesNotContain(SECRET).contains("**redacted**");
    }

    @Test
    void unexpectedErrorsNameTheirTypeAndOfferVerbose() {
        TestProject project = TestProject.write(dir, """
                domain: dev.ashlar.cli.TwoRepoDomain
                repos:
                  main:
                    url: "jdbc:sqlite::memory:"
                  audit:
                    url: "jdbc:sqlite::memory:"
                """);

        Result result = Cli.run(project, "create");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains("in-memory");
        assertThat(result.err()).doesNotContain("\tat ");
        assertThat(Cli.run(project, "create", "--verbose").err()).contains("\tat ");
    }

    /** Item 8: the parser's message quotes the offending line; the CLI says where, never what. */
    @Test
    void aYamlErrorOnThePasswordLineDoesNotPrintThePassword() {
        TestProject project = TestProject.write(dir, "domain: " + TwoRepoDomain.class.getName() + "\nrepos:\n"
                + "  main:\n    url: jdbc:sqlite:" + dir.resolve("main.db") + "\n    password: \"" + SECRET
                + "\" : broken\n");

        Result result = Cli.run(project, "status", "--verbose");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("not valid YAML at line 5");
        assertThat(result.all()).doesNotContain(SECRET);
    }

    /** Item 8: a password inside a SQLite URL ({@code password=}) stays out of --verbose causes. */
    @Test
    void aSqliteUrlPasswordNeverAppearsUnderVerbose() {
        TestProject project = TestProject.write(dir, "domain: " + TwoRepoDomain.class.getName() + "\nrepos:\n"
                + "  main:\n    url: jdbc:sqlite:" + dir.resolve("missing-dir/main.db") + "?password=" + SECRET + "\n"
                + "  audit:\n    url: jdbc:sqlite:" + dir.resolve("missing-dir/audit.db") + "?password=" + SECRET + "\n");

        for (String command : new String[] {"create", "migrate", "status"}) {
            Result result = Cli.run(project, command, "--verbose");

            assertThat(result.all()).as(command).doesNotContain(SECRET);
        }
    }

    /**
     * Item 8: PostgreSQL's driver would take {@code user:password@host} for a host name (Ashlar moves user-info into
     * the user and password settings); under --verbose every cause is printed, with the URL's password removed.
     */
    @Test
    void aPostgresUserInfoPasswordNeverAppearsUnderVerbose() {
        TestProject project = TestProject.write(dir, "domain: " + TwoRepoDomain.class.getName() + "\nrepos:\n"
                + "  main:\n    url: jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:1/ashlar_never?connectTimeout=2\n"
                + "  audit:\n    url: jdbc:postgresql://127.0.0.1:1/ashlar_never?connectTimeout=2&password=" + SECRET
                + "\n");

        for (String command : new String[] {"status", "create", "migrate"}) {
            Result result = Cli.run(project, command, "--verbose");

            assertThat(result.exitCode()).as(command).isEqualTo(1);
            assertThat(result.err()).as(command).contains("Caused by");
            assertThat(result.all()).as(command).doesNotContain(SECRET);
        }
    }

    /**
     * Item 8: a migration failing on a constraint names the migration and the database's message, but not the
     * values of the row (PostgreSQL quotes them in its detail, Flyway quotes the statement), even under --verbose.
     * PostgreSQL's side is in {@code PostgresLifecycleTest}.
     */
    @Test
    void aMigrationFailingOnAConstraintPrintsNoValueOfTheRowUnderVerbose() throws java.io.IOException {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        assertThat(Cli.run(project, "create", "--repo", "main").exitCode()).isZero();
        String version = SecretMigration.writeInto(project.root(), "main");

        Result result = Cli.run(project, "migrate", "--repo", "main", "--verbose");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains(version).containsIgnoringCase("unique").contains("Caused by");
        assertThat(result.all()).doesNotContain(SecretMigration.TOKEN);
        assertThat(result.err().lines().filter(l -> l.startsWith("Caused by: ")))
                .as("Flyway's and the driver's exceptions are chained only as redacted copies")
                .isNotEmpty().allMatch(l -> l.contains(" (redacted)"));
    }
}
