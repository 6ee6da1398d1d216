package dev.ashlar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.cli.Cli.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees on the terminal when a migration fails: one line of Ashlar's, no Flyway or HikariCP log lines
 * (those come with --verbose). Run in a JVM of its own, as the command runs, because library loggers are set up
 * once per process and go to the process's own stderr.
 */
class LibraryLogsTest {
    @TempDir
    Path dir;

    @Test
    void aFailingMigrationPrintsOneLineAndNoLibraryLogs() throws Exception {
        TestProject project = TestProject.sqlite(dir, TwoRepoDomain.class, "main", "audit");
        assertThat(Cli.run(project, "codegen", "create_library", "--repo", "main").exitCode()).isZero();
        assertThat(Cli.run(project, "create", "--repo", "main").exitCode()).isZero();
        try (var files = Files.list(project.root().resolve("main").resolve("migration"))) {
            Path up = files.findFirst().orElseThrow();
            Files.writeString(up, Files.readString(up) + "\nupdate no_such_table set x = 1;\n");
        }

        Process migrate = ashlar(project, "migrate", "--repo", "main");

        assertThat(migrate.exitValue()).isEqualTo(1);
        List<String> err = Files.readAllLines(dir.resolve("err.txt")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(err).as("stderr").singleElement().satisfies(line -> assertThat(line).startsWith("error: migration ")
                .contains("no_such_table"));
        assertThat(Files.readString(dir.resolve("out.txt"))).doesNotContain("ERROR").doesNotContain("DbMigrate");
    }

    /** The command in a new JVM with this test's class path; stdout and stderr go to out.txt and err.txt. */
    private Process ashlar(TestProject project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                AshlarCli.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--config", project.config().toString(), "--root", project.root().toString()));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ashlar finished").isTrue();
        return process;
    }
}
