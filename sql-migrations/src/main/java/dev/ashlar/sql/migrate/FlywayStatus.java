package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/** Reads Flyway's view of files and history into Ashlar's states, and says what to do about a bad one. */
final class FlywayStatus {
    static final String HISTORY = "flyway_schema_history";

    private FlywayStatus() {
    }

    /** Every versioned migration of the files and the history, oldest first. */
    static List<Entry> read(MigrationInfoService service, DownScripts downs) {
        List<Entry> entries = new ArrayList<>();
        for (org.flywaydb.core.api.MigrationInfo flyway : service.all()) {
            MigrationVersion version = flyway.getVersion();
            MigrationState state = state(flyway);
            if (version == null || state == null) {
                continue; // repeatable migrations, schema-creation markers, rows deleted by repair
            }
            Instant appliedAt = flyway.getInstalledOn() == null ? null : flyway.getInstalledOn().toInstant();
            List<String> losses = downs.losses(version);
            MigrationInfo info = new MigrationInfo(version.getVersion(), flyway.getDescription(), state, appliedAt,
                    !losses.isEmpty());
            entries.add(new Entry(version, info, flyway.getInstalledRank(), flyway.getScript(), losses));
        }
        entries.sort(Comparator.comparing(Entry::version));
        return withoutBaselineTwins(entries);
    }

    /**
     * Flyway lists a baselined version twice: its baseline row, and its file (below the baseline). One entry: the
     * row (it is in the history), under the file's name.
     */
    private static List<Entry> withoutBaselineTwins(List<Entry> sorted) {
        List<Entry> out = new ArrayList<>();
        for (Entry entry : sorted) {
            Entry previous = out.isEmpty() ? null : out.getLast();
            if (previous != null && previous.version().equals(entry.version())
                    && previous.state() == MigrationState.BASELINE && entry.state() == MigrationState.BASELINE) {
                Entry row = previous.inHistory() ? previous : entry;
                Entry file = previous.inHistory() ? entry : previous;
                out.set(out.size() - 1, new Entry(row.version(), new MigrationInfo(row.info().version(),
                        file.info().description(), MigrationState.BASELINE, row.info().appliedAt(),
                        file.info().destructive()), row.installedRank(), file.script(), file.losses()));
            } else {
                out.add(entry);
            }
        }
        return out;
    }

    /** Flyway's state in Ashlar's terms, or {@code null} for rows that are not versioned migrations. */
    static MigrationState state(org.flywaydb.core.api.MigrationInfo flyway) {
        return switch (flyway.getState()) {
            // Flyway's OUT_OF_ORDER means "applied after a newer one": it is applied.
            case SUCCESS, OUT_OF_ORDER -> Objects.equals(flyway.getResolvedChecksum(),
                    flyway.getAppliedChecksum()) ? MigrationState.APPLIED : MigrationState.CHECKSUM_MISMATCH;
            case MISSING_SUCCESS, FUTURE_SUCCESS -> MigrationState.MISSING_FILE;
            case FAILED, MISSING_FAILED, FUTURE_FAILED -> MigrationState.FAILED;
            // With outOfOrder off, Flyway ignores a pending file older than the newest applied one.
            case IGNORED -> MigrationState.OUT_OF_ORDER;
            case PENDING, ABOVE_TARGET, AVAILABLE, UNDONE -> MigrationState.PENDING;
            // The baseline row itself, and the versions it covers ('ashlar baseline').
            case BASELINE, BELOW_BASELINE, BASELINE_IGNORED -> MigrationState.BASELINE;
            case OUTDATED, SUPERSEDED, DELETED -> null;
        };
    }

    /** Why {@code entry} stops a migrate run, and what to do next; empty when it does not. */
    static Optional<String> problem(Entry entry, List<Entry> all, Path migrations) {
        String script = entry.script();
        return switch (entry.state()) {
            case APPLIED, PENDING, BASELINE -> Optional.empty();
            case CHECKSUM_MISMATCH -> Optional.of(entry.label() + " was applied but its file " + script
                    + " changed since (checksum mismatch); restore the file as it was applied (migrations are "
                    + "write-once) and put new changes in a new migration");
            case MISSING_FILE -> Optional.of(entry.label() + " is recorded as applied but its file " + script
                    + " is missing from " + migrations + "; restore it from version control");
            case FAILED -> Optional.of(entry.label() + " is recorded as FAILED in " + HISTORY + " (it ran outside a "
                    + "transaction and stopped part-way); repair the schema by hand, delete its row from " + HISTORY
                    + " and migrate again");
            case OUT_OF_ORDER -> {
                String newest = newestApplied(all).map(Entry::label).orElse("?");
                yield Optional.of(entry.label() + " is pending but older than the newest applied " + newest
                        + " (merged from another branch?); give it a version newer than that (rename its up and down "
                        + "scripts), or roll back to before V" + entry.version() + " and migrate again");
            }
        };
    }

    static Optional<Entry> newestApplied(List<Entry> all) {
        return all.stream().filter(Entry::inHistory).max(Comparator.comparing(Entry::version));
    }
}
