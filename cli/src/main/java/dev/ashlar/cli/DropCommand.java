package dev.ashlar.cli;

import dev.ashlar.migration.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ashlar drop}: drops each repo's database. */
@Command(name = "drop", mixinStandardHelpOptions = true,
        description = "Drops each repo's database with all its data (an SQLite file with its -wal/-shm files). A "
                + "PostgreSQL database that other sessions use is refused unless --force.")
final class DropCommand extends DatabaseCommand {
    @Option(names = "--force", description = "Drop a PostgreSQL database even while other sessions are connected "
            + "(they are terminated).")
    boolean force;

    @Override
    void run(Project project, Migrations migrations, String repo, Output out) {
        boolean dropped = migrations.storage(repo).drop(force);
        out.println("repo " + project.describe(repo) + ": " + (dropped ? "database dropped" : "database did not exist"));
    }
}
