package dev.ashlar.cli;

import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ashlar baseline}: adopts a database whose schema was made before Ashlar kept its history. */
@Command(name = "baseline",
        description = {"Adopts an existing database: records a migration as applied without running it, so that "
                + "'ashlar migrate' applies only newer ones. Use it once, on a database that has the tables of that "
                + "migration but no migration history.",
                "Refuses when the repo already has history. A baselined migration is never rolled back."})
final class BaselineCommand extends DatabaseCommand {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "VERSION", description = "The migration the database's schema "
            + "matches. Default: the newest migration.")
    String version;

    @Override
    void run(Project project, Migrations migrations, String repo, Output out) {
        requireDatabase(migrations, repo);
        out.println("repo " + project.describe(repo) + ": baseline at " + (version != null ? version
                : "the newest migration"));
        MigrationInfo recorded = migrations.baseline(repo, version);
        out.println("  recorded " + recorded.version() + " " + recorded.description() + " as applied, without "
                + "running it; older migrations count as applied too, newer ones are pending: run 'ashlar migrate'");
    }
}
