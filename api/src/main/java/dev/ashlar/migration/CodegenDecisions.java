package dev.ashlar.migration;

import java.util.List;
import java.util.Optional;

/**
 * Answers the differ's questions from the options: explicit flags first, then the terminal; with neither, an
 * ambiguous or destructive change aborts with a message naming the hint or flag to add. In check mode nothing is
 * asked and nothing aborts: any question means drift.
 */
final class CodegenDecisions implements Decisions {
    private final CodegenOptions options;
    private final RenameHints hints;
    private boolean questioned;

    CodegenDecisions(CodegenOptions options, RenameHints hints) {
        this.options = options;
        this.hints = hints;
    }

    /** True when a question came up (in check mode that alone is drift). */
    boolean questioned() {
        return questioned;
    }

    @Override
    public Optional<String> renamedTable(String from, List<String> candidates) {
        questioned = true;
        if (options.check()) {
            return Optional.empty();
        }
        Optional<String> answer = options.prompt().choose("Is table " + from + " renamed to {}?", candidates);
        if (answer.isPresent()) {
            return answer.filter(a -> !a.isEmpty());
        }
        if (options.allowDestructive()) {
            return Optional.empty();
        }
        throw new MigrationException("table " + from + " has no resource any more and " + candidates
                + " are new. If one of them is " + from + " renamed, add .renamedFrom(\"" + from + "\") to "
                + "its resource; if not, run codegen with --allow-destructive to drop " + from
                + " (or --keep-removed-tables to keep it).");
    }

    @Override
    public Optional<String> renamedColumn(String table, String from, List<String> candidates) {
        questioned = true;
        if (options.check()) {
            return Optional.empty();
        }
        Optional<String> answer = options.prompt().choose("Is column " + table + "." + from + " renamed to {}?",
                candidates);
        if (answer.isPresent()) {
            return answer.filter(a -> !a.isEmpty());
        }
        if (options.allowDestructive()) {
            return Optional.empty();
        }
        throw new MigrationException("column " + table + "." + from + " is gone and " + candidates + " are new. "
                + "If " + from + " was renamed, add .renamedFrom(\"" + from + "\") to the new attribute of "
                + hints.owner(table) + "; if not, run codegen with --allow-destructive to drop " + table + "."
                + from + " and its data.");
    }

    @Override
    public boolean dropTable(String table) {
        questioned = true;
        if (options.check()) {
            return true;
        }
        if (options.allowDestructive()) {
            return true;
        }
        if (options.keepRemovedTables()) {
            return false;
        }
        Optional<Boolean> answer = options.prompt().confirm("Table " + table + " no longer has a resource. Drop it "
                + "and all its rows? (no: keep it, and never ask again)");
        return answer.orElseThrow(() -> new MigrationException("table " + table + " no longer has a resource. Run "
                + "codegen with --allow-destructive to drop it with its rows, or --keep-removed-tables to keep it "
                + "(remembered in the snapshot)."));
    }

    @Override
    public boolean dropColumn(String table, String column) {
        questioned = true;
        if (options.check() || options.allowDestructive()) {
            return true;
        }
        Optional<Boolean> answer = options.prompt().confirm("Drop column " + table + "." + column
                + " and its data?");
        return answer.orElseThrow(() -> new MigrationException("column " + table + "." + column + " is no longer "
                + "declared. Dropping it loses its data: run codegen with --allow-destructive, or add "
                + ".renamedFrom(\"" + column + "\") to the attribute it was renamed to."));
    }
}
