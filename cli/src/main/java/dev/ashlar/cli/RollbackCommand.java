package dev.ashlar.cli;

import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.Migrations;
import dev.ashlar.migration.spi.RollbackRequest;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code ashlar rollback}: runs down scripts for the newest applied migrations, repo by repo. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Rolls back the newest applied migrations of each repo: runs each down script and deletes its "
                + "history row in one transaction.",
                "Refuses when a migration is not applied successfully (or was recorded by baseline), its file changed "
                + "since it was applied, its down script is missing, or its down script would lose data: a table it "
                + "drops has rows, or a column it drops or converts has values (then --force)."})
final class RollbackCommand extends DatabaseCommand {
    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Roll back the newest N migrations. "
            + "Default: 1.")
    Integer count;

    @Option(names = "--to", paramLabel = "VERSION", description = "Roll back every migration newer than VERSION "
            + "(VERSION stays applied).")
    String to;

    @Option(names = "--force", description = "Also run down scripts that lose data (drop tables with rows, or "
            + "columns with values).")
    boolean force;

    @Override
    void validate() {
        if (to != null && count != null) {
            throw new ParameterException(spec.commandLine(), "give --to or -n, not both");
        }
        if (count != null && count < 1) {
            throw new ParameterException(spec.commandLine(), "-n must be at least 1");
        }
    }

    @Override
    void run(Project project, Migrations migrations, String repo, Output out) {
        requireDatabase(migrations, repo);
        int n = count == null ? 1 : count;
        out.println("repo " + project.describe(repo) + ": rolling back "
                + (to != null ? "to " + to : plural(n, "migration")) + (force ? " (forced)" : ""));
        List<MigrationInfo> done = migrations.rollback(repo, new RollbackRequest(to, to != null ? null : n, force));
        done.forEach(m -> out.println("  rolled back " + m.version() + " " + m.description()));
        out.println("repo " + repo + ": " + (done.isEmpty() ? "nothing to roll back"
                : plural(done.size(), "migration") + " rolled back"));
    }
}
