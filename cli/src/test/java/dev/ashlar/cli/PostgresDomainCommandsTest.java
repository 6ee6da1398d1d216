package dev.ashlar.cli;

import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The domain commands on PostgreSQL: a database of the test's own, dropped afterwards. */
class PostgresDomainCommandsTest extends DomainCommandsContract {
    @TempDir
    Path dir;
    private TestProject project;

    @Override
    TestProject project() {
        PostgresServer.requireFor(getClass().getSimpleName());
        project = TestProject.write(dir, """
                domain: dev.ashlar.examples.realworld.Realworld
                repos:
                  main:
                    url: %s
                    user: %s
                    password: ${ASHLAR_PG_PASSWORD:-postgres}
                """.formatted(PostgresServer.urlOf(PostgresServer.freshDatabaseName()), PostgresServer.USER));
        return project;
    }

    @Override
    void dropDatabase() {
        if (project != null) {
            Cli.run(project, "drop", "--force");
        }
    }
}
