package dev.ashlar.migration;

import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.CodegenOptions.RemovedTables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the differ's questions from the options: explicit flags first, then the terminal; with neither, an
 * ambiguous or destructive change aborts with a message naming the hint or flag to add. In check mode nothing is
 * asked and nothing aborts: each question is recorded (with the same message, naming the hint or flag) and the
 * differ goes on as if it were not a rename and the drop were allowed, so the pending operations can be listed.
 */
final class CodegenDecisions implements Decisions {
    private final CodegenOptions options;
    private final RenameHints hints;
    private final List<CodegenResult.Note> questions = new ArrayList<>();
    /** Columns already named in a rename question, as {@code table.column}: their drop is part of that question. */
    private final Set<String> renameQuestioned = new HashSet<>();

    CodegenDecisions(CodegenOptions options, RenameHints hints) {
        this.options = options;
        this.hints = hints;
    }

    /** The questions check mode did not ask, each saying what to add to answer it. */
    List<CodegenResult.Note> questions() {
        return List.copyOf(questions);
    }

    @Override
    public Optional<String> renamedTable(String from, List<String> candidates) {
        String unanswered = "table " + from + " has no resource any more and " + candidates + " are new. If one of "
                + "them is " + from + " renamed, add .renamedFrom(\"" + from + "\") to its resource; if not, run "
                + "codegen with --allow-destructive to drop " + from + " (or --keep-removed-tables to keep it).";
        if (options.check()) {
            questions.add(CodegenResult.Note.question("a rename question is pending: " + unanswered));
            return Optional.empty();
        }
        Optional<String> answer = options.prompt().choose("Is table " + from + " renamed to {}?", candidates);
        if (answer.isPresent()) {
            return answer.filter(a -> !a.isEmpty());
        }
        if (options.removedTables() == RemovedTables.DROP) {
            return Optional.empty();
        }
        throw new MigrationException(unanswered);
    }

    @Override
    public Optional<String> renamedColumn(String table, String from, List<String> candidates) {
        String unanswered = "column " + table + "." + from + " is gone and " + candidates + " are new. If " + from
                + " was renamed, add .renamedFrom(\"" + from + "\") to the new attribute of " + hints.owner(table)
                + "; if not, run codegen with --allow-destructive to drop " + table + "." + from + " and its data.";
        if (options.check()) {
            questions.add(CodegenResult.Note.question("a rename question is pending: " + unanswered));
            renameQuestioned.add(table + "." + from);
            return Optional.empty();
        }
        Optional<String> answer = options.prompt().choose("Is column " + table + "." + from + " renamed to {}?",
                candidates);
        if (answer.isPresent()) {
            return answer.filter(a -> !a.isEmpty());
        }
        if (options.removedTables() == RemovedTables.DROP) {
            return Optional.empty();
        }
        throw new MigrationException(unanswered);
    }

    @Override
    public boolean dropTable(String table) {
        if (options.removedTables() != RemovedTables.ASK) {
            return options.removedTables() == RemovedTables.DROP;
        }
        String unanswered = "table " + table + " no longer has a resource. Run codegen with --allow-destructive to "
                + "drop it with its rows, or --keep-removed-tables to keep it (remembered in the snapshot).";
        if (options.check()) {
            questions.add(CodegenResult.Note.question("a drop question is pending: " + unanswered));
            return true;
        }
        Optional<Boolean> answer = options.prompt().confirm("Table " + table + " no longer has a resource. Drop it "
                + "and all its rows? (no: keep it, and never ask again)");
        return answer.orElseThrow(() -> new MigrationException(unanswered));
    }

    @Override
    public boolean dropColumn(String table, String column) {
        if (options.removedTables() == RemovedTables.DROP) {
            return true;
        }
        String unanswered = "column " + table + "." + column + " is no longer declared. Dropping it loses its data: "
                + "run codegen with --allow-destructive, or add .renamedFrom(\"" + column + "\") to the attribute it "
                + "was renamed to.";
        if (options.check()) {
            if (!renameQuestioned.contains(table + "." + column)) {
                questions.add(CodegenResult.Note.question("a drop question is pending: " + unanswered));
            }
            return true;
        }
        Optional<Boolean> answer = options.prompt().confirm("Drop column " + table + "." + column
                + " and its data?");
        return answer.orElseThrow(() -> new MigrationException(unanswered));
    }
}
