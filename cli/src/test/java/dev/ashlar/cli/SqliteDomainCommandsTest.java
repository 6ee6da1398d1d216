package dev.ashlar.cli;

import dev.ashlar.cli.Cli.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The domain commands on SQLite: a database file in a temporary folder. */
class SqliteDomainCommandsTest extends DomainCommandsContract {
    @TempDir
    Path dir;

    @Override
    TestProject project() {
        return TestProject.sqlite(dir, dev.ashlar.examples.realworld.Realworld.class, "main");
    }

    @Override
    void dropDatabase() {
        // the temporary folder goes with the test
    }
}
