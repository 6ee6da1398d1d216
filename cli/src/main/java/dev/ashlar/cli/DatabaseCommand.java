package dev.ashlar.cli;

import dev.ashlar.migration.Migrations;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that acts on the repos' databases one by one, stopping at the first failure. */
abstract class DatabaseCommand implements Callable<Integer> {
    @ParentCommand
    AshlarCli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** Checks the options before anything is loaded; throw a ParameterException for a usage error. */
    void validate() {
    }

    /** Acts on one repo; prints its own progress. */
    abstract void run(Project project, Migrations migrations, String repo, Output out);

    /** True when stdout carries a document for tools (--format json): notes then go to stderr. */
    boolean machineReadable() {
        return false;
    }

    /** The exit code once every repo is done without an error (0 by default). */
    int exitCode() {
        return 0;
    }

    /** Runs once every repo is done (nothing by default). */
    void afterAll(Project project, Output out) {
    }

    @Override
    public final Integer call() {
        validate();
        Output out = cli.out();
        try (Project project = Project.load(common, cli)) {
            List<String> repos = project.repos(common.repos);
            if (common.repos.isEmpty()) {
                Output notes = machineReadable() ? cli.err() : out;
                project.unconfiguredRetired().forEach(r -> notes.println("repo " + r + ": no longer used by the domain "
                        + "and not configured; skipped (its migrations remain in " + Output.path(project.root()
                        .resolve(r)) + ")"));
            }
            Migrations migrations = project.migrations();
            for (String repo : repos) {
                run(project, migrations, repo, out);
            }
            afterAll(project, out);
            return exitCode();
        }
    }

    /** Fails with a hint when the repo's database is missing (and avoids creating an SQLite file by accident). */
    static void requireDatabase(Migrations migrations, String repo) {
        if (!migrations.storage(repo).exists()) {
            throw new CliException("the database of repo " + repo + " does not exist; run 'ashlar create' first");
        }
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
