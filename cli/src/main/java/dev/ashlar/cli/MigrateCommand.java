package dev.ashlar.cli;

import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.Migrations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code ashlar migrate}: applies pending migrations, repo by repo, printing each as it is applied. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Applies pending migrations to each repo's database (Flyway keeps the history in "
                + "flyway_schema_history). The database must exist: see 'ashlar create'.")
final class MigrateCommand extends DatabaseCommand {
    @Option(names = "--to", paramLabel = "VERSION", description = "Apply up to and including this version.")
    String to;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Apply only the next N migrations.")
    Integer count;

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
        out.println("repo " + project.describe(repo) + ": migrating" + (to != null ? " to " + to : "")
                + (count != null ? " (next " + count + ")" : ""));
        List<MigrationInfo> applied = to != null ? applyTo(migrations, repo, out) : applyOneByOne(migrations, repo, out);
        out.println("repo " + repo + ": " + (applied.isEmpty() ? "up to date, nothing to apply"
                : plural(applied.size(), "migration") + " applied"));
    }

    private List<MigrationInfo> applyTo(Migrations migrations, String repo, Output out) {
        List<MigrationInfo> applied = migrations.migrate(repo, MigrateRequest.to(to));
        applied.forEach(m -> out.println("  applied " + m.version() + " " + m.description()));
        return applied;
    }

    /** One at a time, so that each line shows when its migration is done and a failure shows what went before. */
    private List<MigrationInfo> applyOneByOne(Migrations migrations, String repo, Output out) {
        List<MigrationInfo> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int remaining = count == null ? Integer.MAX_VALUE : count;
        while (remaining > 0) {
            long started = System.nanoTime();
            List<MigrationInfo> step = migrations.migrate(repo, MigrateRequest.next(1));
            long millis = (System.nanoTime() - started) / 1_000_000;
            boolean progressed = false;
            for (MigrationInfo m : step) {
                if (seen.add(m.version())) {
                    progressed = true;
                    all.add(m);
                    remaining--;
                    out.println("  applied " + m.version() + " " + m.description() + " (" + millis + " ms)");
                }
            }
            if (!progressed) {
                break;
            }
        }
        return all;
    }
}
