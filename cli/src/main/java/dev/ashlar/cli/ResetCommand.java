package dev.ashlar.cli;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.Migrations;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ashlar reset}: drop, create and migrate each repo's database, then seed. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Drops, creates and migrates each repo's database with all its data lost, then runs the seeds "
                + "class. A PostgreSQL database that other sessions use is refused unless --force, as with 'drop'.")
final class ResetCommand extends DatabaseCommand {
    @Option(names = "--force", description = "Drop a PostgreSQL database even while other sessions are connected "
            + "(they are terminated).")
    boolean force;

    @Mixin
    SeedOptions seedOptions;

    @Override
    void run(Project project, Migrations migrations, String repo, Output out) {
        boolean dropped = migrations.storage(repo).drop(force);
        migrations.storage(repo).create();
        List<MigrationInfo> applied = migrations.migrate(repo, MigrateRequest.all());
        out.println("repo " + project.describe(repo) + ": database " + (dropped ? "dropped and re-created"
                : "created") + ", " + plural(applied.size(), "migration") + " applied");
    }

    @Override
    void afterAll(Project project, Output out) {
        SeedStep.run(project, seedOptions, out);
    }
}
