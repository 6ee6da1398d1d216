package dev.ashlar.migration;

import dev.ashlar.migration.internal.Snapshot;

import dev.ashlar.migration.internal.SnapshotStore;

import dev.ashlar.migration.drift.DriftReport;
import dev.ashlar.migration.drift.SchemaComparison;
import dev.ashlar.migration.drift.SchemaDifference;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.resource.Resource;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.SchemaManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The drift check of one repo: the live schema (introspected) against the snapshots of the newest applied
 * migration, both at the dialect's storage level ({@link SchemaManager#expectedIntrospection}), so that only what a
 * dialect can report is compared. Tables of not-managed resources are left out on both sides.
 */
final class DriftCheck {
    /** States whose migration is in the database (a baseline counts: the schema was there). */
    private static final Set<MigrationState> IN_DATABASE = EnumSet.of(MigrationState.APPLIED,
            MigrationState.CHECKSUM_MISMATCH, MigrationState.MISSING_FILE, MigrationState.BASELINE);

    private DriftCheck() {
    }

    /**
     * @param status           the repo's migrations, as the runner reports them
     * @param snapshots        the repo's snapshots
     * @param schema           the open data layer's schema manager
     * @param notManaged       tables of the domain's not-managed resources in this repo
     * @param declarationMatch whether the declaration equals the latest snapshots (codegen --check finds nothing)
     */
    static DriftReport run(String repo, List<MigrationInfo> status, SnapshotStore snapshots, SchemaManager schema,
                           Set<String> notManaged, boolean declarationMatch) {
        String applied = status.stream().filter(m -> IN_DATABASE.contains(m.state())).map(MigrationInfo::version)
                .max(Comparator.comparing((String v) -> v.length()).thenComparing(v -> v)).orElse(null);
        Predicate<String> managed = table -> !notManaged.contains(table);
        List<TableModel> made = applied == null ? List.of() : snapshots.asOf(applied).values().stream()
                .filter(s -> !s.removed() && managed.test(s.model().name())).map(Snapshot::model).toList();
        SchemaModel expected = schema.expectedIntrospection(SchemaModel.of(made));
        SchemaModel live = SchemaModel.of(schema.introspect().tables().values().stream()
                .filter(t -> managed.test(t.name())).toList());
        List<SchemaDifference> differences = SchemaComparison.compare(expected, live);
        return new DriftReport(repo, applied, differences, declarationMatch, notes(status, notManaged));
    }

    private static List<String> notes(List<MigrationInfo> status, Set<String> notManaged) {
        List<String> notes = new ArrayList<>();
        long pending = status.stream().filter(m -> m.state() == MigrationState.PENDING).count();
        if (pending > 0) {
            notes.add(pending + " migration" + (pending == 1 ? " is" : "s are") + " pending (not applied); the "
                    + "database was compared with the schema of the applied ones; run 'ashlar migrate' to apply them");
        }
        status.stream().filter(m -> m.state() == MigrationState.FAILED).forEach(m -> notes.add("V" + m.version()
                + " (" + m.description() + ") is recorded as failed and may be partly applied; fix the schema, then "
                + "'ashlar repair' removes its row"));
        if (!notManaged.isEmpty()) {
            notes.add("not compared (not-managed resources): " + notManaged.stream().sorted()
                    .collect(Collectors.joining(", ")));
        }
        return notes;
    }

    /** The tables of the domain's not-managed resources in {@code repo}. */
    static Set<String> notManaged(List<Resource> resourcesInRepo) {
        return resourcesInRepo.stream().filter(r -> !r.managed()).map(Resource::table).collect(Collectors.toSet());
    }
}
