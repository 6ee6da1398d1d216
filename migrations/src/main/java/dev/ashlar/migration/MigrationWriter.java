package dev.ashlar.migration;

import dev.ashlar.migration.internal.SnapshotStore;

import dev.ashlar.migration.internal.Snapshot;

import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The files of one codegen run in one repo: the up and down scripts, when the schema changes and the mode writes
 * migrations, and the new snapshots. A change of snapshot markers alone (a kept table, an adopted one) writes
 * snapshots only: a migration without statements would be noise in the history.
 */
final class MigrationWriter {
    private final RepoTarget target;
    private final CodegenOptions options;

    MigrationWriter(RepoTarget target, CodegenOptions options) {
        this.target = target;
        this.options = options;
    }

    /** The migration's file name part: the given name, {@code <name or changes>_dev}, or {@code pending}. */
    String name() {
        if (options.dev()) {
            return (options.name() == null ? "changes" : options.name()) + MigrationFiles.DEV_SUFFIX;
        }
        return options.name() == null ? "pending" : options.name();
    }

    List<CodegenResult.GeneratedFile> files(String version, Collection<TableModel> before, List<TableModel> after,
                                            List<MigrationOperation> operations, List<Snapshot> snapshots) {
        List<CodegenResult.GeneratedFile> out = new ArrayList<>();
        if (!operations.isEmpty() && options.mode() != CodegenOptions.Mode.SNAPSHOTS_ONLY) {
            out.addAll(scripts(version, before, after, operations));
        }
        for (Snapshot s : snapshots) {
            out.add(new CodegenResult.GeneratedFile(target.snapshots().path(s, options.dev()),
                    SnapshotStore.content(s)));
        }
        return out;
    }

    /** Writes the files, unless the mode writes nothing. */
    void write(List<CodegenResult.GeneratedFile> files) {
        if (options.mode().writes()) {
            files.forEach(f -> SnapshotStore.writeOnce(f.path(), f.content()));
        }
    }

    private List<CodegenResult.GeneratedFile> scripts(String version, Collection<TableModel> before,
                                                      List<TableModel> after, List<MigrationOperation> operations) {
        MigrationScripts scripts = MigrationScripts.plan(target.migrations().planner(),
                SchemaModel.of(before), SchemaModel.of(after), operations);
        String previous = target.files().list().stream().map(MigrationFiles.Entry::version).reduce((a, b) -> b)
                .orElse(MigrationFiles.NO_PREVIOUS);
        String name = name();
        String header = "version " + version + " \"" + name + "\", repo " + target.repo() + ", dialect "
                + target.provider().id() + "\n-- previous: " + previous;
        return List.of(new CodegenResult.GeneratedFile(target.files().upPath(version, name), scripts.up(header)),
                new CodegenResult.GeneratedFile(target.files().downPath(version, name), scripts.down(header)));
    }
}
