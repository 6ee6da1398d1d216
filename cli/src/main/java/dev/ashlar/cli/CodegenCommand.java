package dev.ashlar.cli;

import dev.ashlar.migration.Codegen;
import dev.ashlar.migration.CodegenOptions;
import dev.ashlar.migration.CodegenResult;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.Prompt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ashlar codegen}: diffs the domain against the committed snapshots and writes migrations, offline. */
@Command(name = "codegen", mixinStandardHelpOptions = true,
        description = {"Generates a migration (up SQL, down SQL and snapshots) per repo from the changes between the "
                + "domain and the latest snapshots. Needs no database, except to roll back applied --dev migrations "
                + "when a named run squashes them.",
                "Renames are never guessed: declare renamedFrom(...) or answer the question on a terminal.",
                "At most one of --dev, --check, --dry-run, --snapshots-only; --allow-destructive and "
                        + "--keep-removed-tables exclude each other."})
final class CodegenCommand implements Callable<Integer> {
    @ParentCommand
    AshlarCli cli;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..1", paramLabel = "NAME",
            description = "The migration's name, lower snake_case (e.g. add_orders). Required unless --dev, --check, "
                    + "--dry-run or --snapshots-only.")
    String name;

    @Option(names = "--dev", description = "Write a development migration (<NAME or changes>_dev); the next named "
            + "codegen rolls back and squashes all of them into one.")
    boolean dev;

    @Option(names = "--check", description = "Write nothing and ask nothing; exit 1 when anything would be generated "
            + "or development migrations remain (for CI).")
    boolean check;

    @Option(names = "--dry-run", description = "Print the SQL that would be written; change nothing.")
    boolean dryRun;

    @Option(names = "--snapshots-only", description = "Write the snapshots but no migration files (the schema is "
            + "already in the database).")
    boolean snapshotsOnly;

    @Option(names = "--allow-destructive", description = "Drop removed columns and tables without asking.")
    boolean allowDestructive;

    @Option(names = "--keep-removed-tables", description = "Keep the tables of removed resources (never drop them) "
            + "and remember that.")
    boolean keepRemovedTables;

    @Option(names = "--discard-dev-data", description = "When squashing, roll back applied --dev migrations without "
            + "asking even when their down scripts lose data (rows or values in what they drop).")
    boolean discardDevData;

    @Override
    public Integer call() {
        CodegenOptions.Mode mode = mode();
        CodegenOptions.RemovedTables removedTables = removedTables();
        if (name == null && mode == CodegenOptions.Mode.WRITE) {
            throw new ParameterException(spec.commandLine(), "codegen needs a migration NAME, e.g. 'ashlar codegen "
                    + "add_orders' (or --dev for a development migration, --check to only look)");
        }
        if (name != null && !name.matches("[a-z0-9_]+")) {
            throw new ParameterException(spec.commandLine(), "migration name '" + name + "' must be lower snake_case "
                    + "([a-z0-9_]+), e.g. add_orders");
        }
        Output out = cli.out();
        try (Project project = Project.load(common, cli)) {
            CodegenOptions options = CodegenOptions.builder(project.root()).name(name).mode(mode)
                    .removedTables(removedTables).repos(Set.copyOf(common.repos))
                    .discardDevData(discardDevData)
                    .prompt(check ? Prompt.none() : ConsolePrompt.forTerminal()).build();
            Codegen codegen = new Codegen(project.domain(), project.config(), options, project.selector(),
                    project.migrationProviders());
            List<String> repos = codegen.repos();
            out.println("codegen" + (name == null ? "" : " " + name) + ": domain " + project.domain().name()
                    + ", migrations in " + Output.path(project.root()) + modeNote());
            if (repos.isEmpty()) {
                out.println("Nothing to generate: domain " + project.domain().name() + " has no resource stored in a "
                        + "table, and no repo has migrations under " + Output.path(project.root()) + ".");
                return 0;
            }
            project.check(repos);
            boolean changed = false;
            boolean questions = false;
            for (String repo : repos) {
                CodegenResult.RepoResult r = codegen.run(repo);
                changed |= r.changed();
                questions |= r.notes().stream().anyMatch(n -> n.kind() == CodegenResult.Note.Kind.QUESTION);
                print(out, project.describe(repo), r);
            }
            return summary(out, changed, questions);
        }
    }

    /** The one mode the flags choose; two of them contradict each other. */
    private CodegenOptions.Mode mode() {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        flags.put("--dev", dev);
        flags.put("--check", check);
        flags.put("--dry-run", dryRun);
        flags.put("--snapshots-only", snapshotsOnly);
        List<String> given = flags.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        if (given.size() > 1) {
            throw new ParameterException(spec.commandLine(), "conflicting options " + String.join(" and ", given)
                    + ": each chooses what codegen writes (--dev a development migration, --check nothing and "
                    + "fails on drift, --dry-run nothing and prints the SQL, --snapshots-only snapshots alone); "
                    + "give one of them");
        }
        return dev ? CodegenOptions.Mode.DEV : check ? CodegenOptions.Mode.CHECK
                : dryRun ? CodegenOptions.Mode.DRY_RUN
                : snapshotsOnly ? CodegenOptions.Mode.SNAPSHOTS_ONLY : CodegenOptions.Mode.WRITE;
    }

    private CodegenOptions.RemovedTables removedTables() {
        if (allowDestructive && keepRemovedTables) {
            throw new ParameterException(spec.commandLine(), "conflicting options --allow-destructive and "
                    + "--keep-removed-tables: the first drops the tables of removed resources, the second keeps "
                    + "them; give one of them");
        }
        return allowDestructive ? CodegenOptions.RemovedTables.DROP
                : keepRemovedTables ? CodegenOptions.RemovedTables.KEEP : CodegenOptions.RemovedTables.ASK;
    }

    private String modeNote() {
        return check ? " (check: nothing is written)" : dryRun ? " (dry run: nothing is written)" : "";
    }

    private void print(Output out, String repo, CodegenResult.RepoResult r) {
        if (r.version() == null) {
            out.println("repo " + repo + ": up to date");
        } else if (r.operations().isEmpty()) {
            out.println("repo " + repo + ": no schema change; snapshots only" + (check ? " pending"
                    : ", version " + r.version()));
        } else {
            out.println("repo " + repo + ": " + r.operations().size() + " change(s)"
                    + (check ? " pending" : ", version " + r.version()));
            for (MigrationOperation op : r.operations()) {
                out.println("  " + op.describe());
            }
        }
        if (!check) {
            for (CodegenResult.GeneratedFile f : r.files()) {
                if (dryRun) {
                    out.println("  would write " + Output.path(f.path()));
                    if (f.path().getFileName().toString().endsWith(".sql")) {
                        f.content().lines().forEach(line -> out.println("    " + line));
                    }
                } else {
                    out.println("  wrote " + Output.path(f.path()));
                }
            }
        }
        for (CodegenResult.Note note : r.notes()) {
            out.println("  " + switch (note.kind()) {
                case INFO -> "note: ";
                case PENDING -> "pending: ";
                case QUESTION -> "question: ";
            } + note.text());
        }
    }

    private int summary(Output out, boolean changed, boolean questions) {
        if (check) {
            if (questions) {
                out.println("Pending: answer the question(s) above in the declaration (the renamedFrom hint) or with "
                        + "a flag, then run 'ashlar codegen NAME' and commit the generated files.");
                return 1;
            }
            if (changed) {
                out.println("Pending changes: run 'ashlar codegen NAME' and commit the generated files.");
                return 1;
            }
            out.println("Migrations are up to date with the domain.");
            return 0;
        }
        if (dryRun) {
            out.println(changed ? "Dry run: nothing was written; run without --dry-run to write these files."
                    : "Nothing to generate.");
            return 0;
        }
        out.println(changed ? "Next: review the files, commit them, then run 'ashlar migrate'."
                : "Nothing to generate: the snapshots match the domain.");
        return 0;
    }
}
