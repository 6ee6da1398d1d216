package dev.ashlar.cli;

import dev.ashlar.migration.Migrations;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.RepairChange;
import dev.ashlar.migration.spi.RepairRequest;
import dev.ashlar.migration.spi.RepairResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ashlar repair}: removes failed history rows and, with a flag, realigns checksums; prints each change. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Repairs each repo's migration history after a failed migration: removes the rows recorded as "
                + "failed (a migration that ran outside a transaction and stopped part-way; fix what it changed "
                + "first), so that 'ashlar migrate' runs it again.",
                "Prints every change (version, description, old and new checksum); nothing to repair: says so."})
final class RepairCommand extends DatabaseCommand {
    @Option(names = "--realign-checksums", description = "Also set the recorded checksum of each applied migration "
            + "whose file changed since to the file's (accepts the edit; generated files are meant to be write-once).")
    boolean realignChecksums;

    @Override
    void run(Project project, Migrations migrations, String repo, Output out) {
        requireDatabase(migrations, repo);
        out.println("repo " + project.describe(repo));
        RepairRequest request = realignChecksums ? RepairRequest.failedRows().withRealignedChecksums()
                : RepairRequest.failedRows();
        RepairResult result = migrations.repair(repo, request);
        if (!result.changed()) {
            out.println("  nothing to repair");
        }
        result.changes().stream().map(RepairChange::describe).forEach(change -> out.println("  " + change));
        for (MigrationInfo left : result.leftMismatched()) {
            out.println("  V" + left.version() + " (" + left.description() + "): its file changed since it was "
                    + "applied (checksum mismatch); left as it is: restore the file, or repair --realign-checksums "
                    + "to accept it");
        }
    }
}
