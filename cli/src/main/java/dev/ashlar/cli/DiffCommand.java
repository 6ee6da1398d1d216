package dev.ashlar.cli;

import dev.ashlar.migration.Migrations;
import dev.ashlar.migration.drift.DriftReport;
import dev.ashlar.migration.drift.SchemaDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ashlar diff}: the drift check, comparing each repo's live database with its migrations. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares each repo's live database with the schema its applied migrations made (their "
                + "snapshots): missing or extra tables, columns, indexes, foreign keys and checks; column types, "
                + "nullability and defaults; foreign-key actions. Changes nothing.",
                "Also says when the declaration has changes not yet generated ('ashlar codegen --check' lists them)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no drift", "1:drift found, or a failure", "2:usage error"})
final class DiffCommand extends DatabaseCommand {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document on stdout, nothing else.")
    OutputFormat format;

    private final List<Map<String, Object>> json = new ArrayList<>();
    private boolean drift;

    @Override
    void run(Project project, Migrations migrations, String repo, Output out) {
        DriftReport report = migrations.drift(repo);
        drift |= report.hasDrift();
        if (format == OutputFormat.JSON) {
            json.add(JsonDocument.drift(JsonDocument.repo(project, repo), report));
            return;
        }
        out.println("repo " + project.describe(repo));
        out.println("  compared with " + (report.appliedVersion() == null ? "no applied migration"
                : "the schema as of V" + report.appliedVersion() + ", the newest applied migration"));
        if (report.hasDrift()) {
            out.println("  drift: " + plural(report.differences().size(), "difference"));
            report.differences().stream().map(SchemaDifference::describe).forEach(d -> out.println("    " + d));
        } else {
            out.println("  no drift: the database matches its migrations");
        }
        report.notes().forEach(note -> out.println("  note: " + note));
        if (!report.declarationMatchesSnapshots()) {
            out.println("  note: the declaration differs from the latest snapshots, so codegen has changes to write; "
                    + "'ashlar codegen --check' lists them");
        }
    }

    @Override
    boolean machineReadable() {
        return format == OutputFormat.JSON;
    }

    @Override
    void afterAll(Project project, Output out) {
        if (format == OutputFormat.JSON) {
            out.println(JsonDocument.document(Map.of("drift", drift), json));
        }
    }

    @Override
    int exitCode() {
        return drift ? 1 : 0;
    }
}
