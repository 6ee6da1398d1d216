package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RollbackRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Chooses what a rollback undoes, or refuses with every reason at once (changing nothing). Targets are the newest
 * {@code count} migrations of the history by version, or all newer than {@code toVersion} ({@code "0"}: all).
 * Each must be successfully applied with an unchanged up file and a down script, and together they must be the
 * newest rows of {@code flyway_schema_history}: undoing an older one under a newer one would run a down script
 * against a schema it was not written for. A baselined version was never run, so it is never undone. Whether the
 * targets lose data is counted afterwards, in the database ({@link DataLossCount}).
 */
final class RollbackPlan {
    private RollbackPlan() {
    }

    /** The migrations to undo, in the order to undo them (newest applied first). */
    static List<Entry> targets(String repo, List<Entry> entries, RollbackRequest request, DownScripts downs) {
        List<Entry> history = entries.stream().filter(Entry::inHistory)
                .sorted(Comparator.comparing(Entry::version).reversed()).toList();
        List<Entry> targets = choose(repo, history, request);
        if (targets.isEmpty()) {
            return targets;
        }
        List<String> reasons = new ArrayList<>();
        for (Entry target : targets) {
            reasons.addAll(unfit(target, downs));
        }
        tail(history, targets).ifPresent(reasons::add);
        if (!reasons.isEmpty()) {
            throw new MigrationException(refused(repo) + String.join("; ", reasons));
        }
        return targets.stream().sorted(Comparator.comparing(Entry::installedRank).reversed()).toList();
    }

    private static List<Entry> choose(String repo, List<Entry> history, RollbackRequest request) {
        if (request.toVersion() != null && request.count() != null) {
            throw new MigrationException("rollback takes a count or a version to roll back to, not both");
        }
        if (request.toVersion() != null) {
            MigrationVersion keep = parse(request.toVersion());
            boolean everything = keep.equals(MigrationVersion.fromVersion("0"));
            if (!everything && history.stream().noneMatch(e -> e.version().equals(keep))) {
                throw new MigrationException(refused(repo) + "V" + keep + " is not applied, so it cannot stay "
                        + "applied; pick an applied version from status (or 0 to roll back everything)");
            }
            return history.stream().filter(e -> e.version().compareTo(keep) > 0).toList();
        }
        int count = request.count() == null ? 1 : request.count();
        if (count < 1) {
            throw new MigrationException("rollback count must be at least 1, got " + count);
        }
        if (count > history.size()) {
            throw new MigrationException(refused(repo) + "asked to roll back " + count
                    + " migration(s) but its history has " + history.size());
        }
        return history.subList(0, count);
    }

    static String refused(String repo) {
        return "rollback of repo " + repo + " refused, nothing was changed: ";
    }

    private static List<String> unfit(Entry target, DownScripts downs) {
        List<String> reasons = new ArrayList<>();
        MigrationState state = target.state();
        if (state == MigrationState.FAILED) {
            reasons.add(target.label() + " is recorded as FAILED, not applied, so there is no finished change to undo; "
                    + "repair the schema by hand and delete its row from " + FlywayStatus.HISTORY);
        } else if (state == MigrationState.CHECKSUM_MISMATCH) {
            reasons.add(target.label() + " was applied but its file " + target.script() + " changed since "
                    + "(checksum mismatch), so its down script may not undo what was applied; restore the file as it "
                    + "was applied");
        } else if (state == MigrationState.BASELINE) {
            reasons.add(target.label() + " is covered by a baseline: its schema was there before Ashlar recorded it, "
                    + "and its script never ran, so there is nothing of its own to undo; roll back only what was "
                    + "applied after the baseline (rollback --to " + target.version() + ")");
        } else if (state == MigrationState.MISSING_FILE) {
            reasons.add(target.label() + " was applied but its file " + target.script() + " is missing, so its "
                    + "checksum cannot be verified; restore it from version control");
        }
        if (downs.find(target.version()).isEmpty()) {
            reasons.add(target.label() + " has no down script in " + downs.folder() + " (expected "
                    + downScriptName(target) + "); write one or restore it");
        }
        return reasons;
    }

    /** Empty when the targets are exactly the newest rows of the history; otherwise why not. */
    private static Optional<String> tail(List<Entry> history, List<Entry> targets) {
        Set<MigrationVersion> chosen = new HashSet<>();
        targets.forEach(t -> chosen.add(t.version()));
        int oldestRank = targets.stream().mapToInt(Entry::installedRank).min().orElseThrow();
        List<Entry> newer = history.stream()
                .filter(e -> e.installedRank() > oldestRank && !chosen.contains(e.version()))
                .sorted(Comparator.comparing(Entry::installedRank)).toList();
        if (newer.isEmpty()) {
            return Optional.empty();
        }
        int firstNewer = newer.getFirst().installedRank();
        String later = newer.stream().map(Entry::label).collect(Collectors.joining(", "));
        String earlier = targets.stream().filter(t -> t.installedRank() < firstNewer)
                .sorted(Comparator.comparing(Entry::installedRank)).map(Entry::label).collect(Collectors.joining(", "));
        String include = newer.stream().map(e -> "V" + e.version()).collect(Collectors.joining(", "));
        return Optional.of(later + " was applied after " + earlier + " (out of order), so the targets are not the "
                + "newest tail of " + FlywayStatus.HISTORY + "; rollback undoes migrations in the reverse order they "
                + "were applied: include " + include + " in the rollback, or undo them by hand");
    }

    private static String downScriptName(Entry target) {
        String up = target.script();
        Path name = Path.of(up).getFileName();
        String file = name == null ? up : name.toString();
        String stem = file.endsWith(".sql") ? file.substring(0, file.length() - ".sql".length()) : file;
        return stem + DownScripts.SUFFIX;
    }

    static MigrationVersion parse(String version) {
        String raw = version.startsWith("V") || version.startsWith("v") ? version.substring(1) : version;
        try {
            return MigrationVersion.fromVersion(raw.replace('_', '.'));
        } catch (RuntimeException e) {
            throw new MigrationException("not a migration version: " + version + " (expected e.g. 20261121054400)", e);
        }
    }
}
