package dev.ashlar.cli;

import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.Migrations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ashlar status}: a table of each repo's migrations. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Prints each repo's migrations: version, description, state and when each was applied.")
final class StatusCommand extends DatabaseCommand {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document on stdout, nothing else.")
    OutputFormat format;

    private final List<Map<String, Object>> json = new ArrayList<>();

    @Override
    void run(Project project, Migrations migrations, String repo, Output out) {
        if (format == OutputFormat.JSON) {
            json.add(repoJson(project, migrations, repo));
            return;
        }
        out.println("repo " + project.describe(repo));
        if (!migrations.storage(repo).exists()) {
            out.println("  the database does not exist; run 'ashlar create', then 'ashlar migrate'");
            return;
        }
        List<MigrationInfo> all = migrations.status(repo);
        if (all.isEmpty()) {
            out.println("  no migrations in " + Output.path(migrations.source(repo).migrations())
                    + "; run 'ashlar codegen NAME' to generate one");
            return;
        }
        StatusTable.lines(all).forEach(line -> out.println("  " + line));
        long pending = all.stream().filter(m -> m.state() == MigrationState.PENDING).count();
        long applied = all.stream().filter(m -> m.state() == MigrationState.APPLIED).count();
        long baseline = all.stream().filter(m -> m.state() == MigrationState.BASELINE).count();
        out.println("  " + applied + " applied, " + (baseline > 0 ? baseline + " by baseline, " : "") + pending
                + " pending"
                + (pending > 0 ? "; run 'ashlar migrate' to apply them" : ""));
        StatusTable.hints(all).forEach(hint -> out.println("  " + hint));
    }

    private static Map<String, Object> repoJson(Project project, Migrations migrations, String repo) {
        Map<String, Object> out = JsonDocument.repo(project, repo);
        boolean exists = migrations.storage(repo).exists();
        out.put("database_exists", exists);
        out.put("migrations", exists ? migrations.status(repo).stream().map(JsonDocument::migration).toList()
                : List.of());
        return out;
    }

    @Override
    boolean machineReadable() {
        return format == OutputFormat.JSON;
    }

    @Override
    void afterAll(Project project, Output out) {
        if (format == OutputFormat.JSON) {
            out.println(JsonDocument.document(Map.of(), json));
        }
    }
}
