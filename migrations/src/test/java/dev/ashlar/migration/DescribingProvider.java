package dev.ashlar.migration;

import dev.ashlar.migration.spi.DataLoss;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationPlanner;
import dev.ashlar.migration.spi.MigrationProvider;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.migration.spi.MigrationSupport;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.spi.DataLayerProvider;
import dev.ashlar.spi.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * A provider for offline codegen tests whose planner writes one line per operation; it serves {@code test:} URLs
 * and cannot open a data layer. The real planners are tested against real databases in the dialect modules.
 */
final class DescribingProvider implements DataLayerProvider, MigrationProvider {
    final List<String> rolledBack = new ArrayList<>();
    List<MigrationInfo> status = List.of();

    @Override
    public String id() {
        return "describing";
    }

    @Override
    public boolean accepts(RepoConfig config) {
        return config.url().startsWith("test:");
    }

    @Override
    public DataLayer open(RepoConfig config) {
        throw new UnsupportedOperationException("offline only");
    }

    @Override
    public Storage storage(RepoConfig config) {
        return new Storage() { // a database that is there (squash asks before it rolls back); never made or dropped
            @Override
            public boolean exists() {
                return true;
            }

            @Override
            public boolean create() {
                throw new UnsupportedOperationException("offline only");
            }

            @Override
            public boolean drop(boolean force) {
                throw new UnsupportedOperationException("offline only");
            }
        };
    }

    @Override
    public MigrationSupport migrations() {
        return new MigrationSupport() {
            @Override
            public MigrationPlanner planner() {
                return (before, after, operations) -> operations.stream().map(MigrationOperation::describe).toList();
            }

            @Override
            public MigrationRunner runner(RepoConfig config) {
                return new MigrationRunner() {
                    @Override
                    public List<MigrationInfo> status(MigrationSource source) {
                        return status;
                    }

                    @Override
                    public List<MigrationInfo> migrate(MigrationSource source, MigrateRequest request) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public List<MigrationInfo> rollback(MigrationSource source, RollbackRequest request) {
                        rolledBack.add("count=" + request.count() + " force=" + request.force());
                        return List.of();
                    }

                    @Override
                    public List<DataLoss> dataLoss(MigrationSource source, RollbackRequest request) {
                        return List.of();
                    }

                    @Override
                    public MigrationInfo baseline(MigrationSource source, String version) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public dev.ashlar.migration.spi.RepairResult repair(MigrationSource source,
                            dev.ashlar.migration.spi.RepairRequest request) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
        };
    }
}
