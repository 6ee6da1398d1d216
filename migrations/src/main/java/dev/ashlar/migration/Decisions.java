package dev.ashlar.migration;

import dev.ashlar.migration.spi.MigrationException;
import java.util.List;
import java.util.Optional;

/**
 * The questions diffing may need answered. Renames are never guessed: without a hint, a removed-and-added pair is
 * either confirmed here or not a rename. Each method may throw {@link MigrationException} to abort (no terminal).
 */
interface Decisions {

    /** Was {@code from} renamed to one of {@code candidates}? The chosen name, or empty for none. */
    Optional<String> renamedTable(String from, List<String> candidates);

    /** Was column {@code table.from} renamed to one of {@code candidates}? */
    Optional<String> renamedColumn(String table, String from, List<String> candidates);

    /** May the table be dropped? {@code false} keeps it and remembers the refusal. */
    boolean dropTable(String table);

    /** May the column be dropped? {@code false} aborts generation. */
    boolean dropColumn(String table, String column);
}
