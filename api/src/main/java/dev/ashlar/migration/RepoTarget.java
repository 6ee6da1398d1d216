package dev.ashlar.migration;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.spi.DataLayerProvider;
import java.nio.file.Path;

/**
 * One repo codegen works on: its config, the data layer that plans its SQL, and its files under the root.
 *
 * @param retired the domain no longer uses the repo (it has migrations under the root)
 */
record RepoTarget(String repo, RepoConfig config, DataLayerProvider provider, MigrationSource source,
                  MigrationFiles files, SnapshotStore snapshots, boolean retired) {

    static RepoTarget of(String repo, RepoConfig config, DataLayerProvider provider, Path root, boolean retired) {
        MigrationSource source = MigrationSource.under(root, repo);
        return new RepoTarget(repo, config, provider, source, new MigrationFiles(source), new SnapshotStore(root, repo),
                retired);
    }
}
