package dev.ashlar.migration;

import dev.ashlar.migration.internal.SnapshotStore;

import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.migration.spi.MigrationSupport;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.spi.DataLayerProvider;
import java.nio.file.Path;

/**
 * One repo codegen works on: its config, the data layer and the migration tooling that plans its SQL, and its files under the root.
 *
 * @param retired the domain no longer uses the repo (it has migrations under the root)
 */
record RepoTarget(String repo, RepoConfig config, DataLayerProvider provider, MigrationSupport migrations,
                  MigrationSource source,
                  MigrationFiles files, SnapshotStore snapshots, boolean retired) {

    static RepoTarget of(String repo, RepoConfig config, DataLayerProvider provider, MigrationSupport migrations,
                         Path root, boolean retired) {
        MigrationSource source = MigrationSource.under(root, repo);
        return new RepoTarget(repo, config, provider, migrations, source, new MigrationFiles(source), new SnapshotStore(root, repo),
                retired);
    }
}
