package dev.ashlar.migration;

import dev.ashlar.migration.internal.SnapshotStore;

import dev.ashlar.migration.drift.DriftReport;
import dev.ashlar.migration.internal.MigrationProviders;
import dev.ashlar.migration.internal.MigrationRepos;
import dev.ashlar.migration.spi.DataLoss;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.migration.spi.RepairRequest;
import dev.ashlar.migration.spi.RepairResult;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.ProviderSelector;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.ConfigurationException;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.spi.DataLayerProvider;
import dev.ashlar.spi.Storage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a domain's migrations per repo: create and drop databases, migrate, roll back, report status. Each call
 * touches only the repo it names. The library entry point for packaged applications is {@link #migrateAll}.
 */
public final class Migrations {
    private final Domain domain;
    private final AshlarConfig config;
    private final Path root;
    private final ProviderSelector selector;
    private final MigrationProviders migrationProviders;

    public Migrations(Domain domain, AshlarConfig config, Path root, ProviderSelector selector,
                      MigrationProviders migrationProviders) {
        this.domain = domain;
        this.config = config;
        this.root = root;
        this.selector = selector;
        this.migrationProviders = migrationProviders;
    }

    public static Migrations of(Domain domain, AshlarConfig config, Path root) {
        return new Migrations(domain, config, root, ProviderSelector.discover(), MigrationProviders.discover());
    }

    /**
     * Creates every repo's database if missing and applies all pending migrations, repo by repo; what packaged
     * applications call at start-up. A retired repo (see {@link #repos()}) is migrated only when it is still
     * configured and its database exists. Returns what was applied, by repo.
     */
    public static Map<String, List<MigrationInfo>> migrateAll(Domain domain, AshlarConfig config, Path root) {
        Migrations migrations = of(domain, config, root);
        Map<String, List<MigrationInfo>> applied = new LinkedHashMap<>();
        for (String repo : migrations.repos()) {
            boolean retired = !domain.repos().contains(repo);
            if (retired && (config.repo(repo).isEmpty() || !migrations.storage(repo).exists())) {
                continue; // a retired repo is migrated (its tables dropped) only where its database still is
            }
            migrations.storage(repo).create();
            applied.put(repo, migrations.migrate(repo, MigrateRequest.all()));
        }
        return applied;
    }

    /**
     * {@link #migrateAll(Domain, AshlarConfig, Path)} for migrations packaged on the class path under
     * {@code resourceRoot} (e.g. {@code db}, holding {@code db/<repo>/migration/V..sql}): what a packaged
     * application without a build tool calls at start-up.
     */
    public static Map<String, List<MigrationInfo>> migrateAllFromClasspath(Domain domain, AshlarConfig config,
                                                                           String resourceRoot) {
        Path root;
        try {
            root = java.nio.file.Files.createTempDirectory("ashlar-migrations");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Migrations.class.getClassLoader();
        ClasspathMigrations.extract(loader, resourceRoot, domain.repos(), root);
        return migrateAll(domain, config, root);
    }

    /**
     * The repos of the domain, in first-use order, then the retired ones: no longer used by the domain but still
     * holding migrations under the root ({@link MigrationRepos}).
     */
    public Set<String> repos() {
        return new java.util.LinkedHashSet<>(MigrationRepos.of(domain, root).all());
    }

    public List<MigrationInfo> migrate(String repo, MigrateRequest request) {
        return runner(repo).migrate(source(repo), request);
    }

    public List<MigrationInfo> rollback(String repo, RollbackRequest request) {
        return runner(repo).rollback(source(repo), request);
    }

    /**
     * Adopts an existing database: records {@code version} ({@code null}: the newest migration) as applied without
     * running it, so {@code migrate} applies only newer migrations. Refuses when the repo already has history.
     */
    public MigrationInfo baseline(String repo, String version) {
        return runner(repo).baseline(source(repo), version);
    }

    /**
     * After a failed migration: removes the history rows recorded as failed and, only when asked, realigns the
     * checksums of applied migrations whose files changed; returns exactly what changed (nothing to repair: empty).
     */
    public RepairResult repair(String repo, RepairRequest request) {
        return runner(repo).repair(source(repo), request);
    }

    /**
     * The drift check: compares the repo's live database with the schema its applied migrations made (their
     * snapshots) and says whether the declaration still matches the latest snapshots (what {@code codegen --check}
     * checks). Changes nothing. The database must exist.
     */
    public DriftReport drift(String repo) {
        DataLayerProvider provider = provider(repo);
        if (!provider.storage(repoConfig(repo)).exists()) {
            throw new MigrationException("the database of repo " + repo + " does not exist, so there is nothing to "
                    + "compare; create and migrate it first ('ashlar create', 'ashlar migrate')");
        }
        List<MigrationInfo> status = status(repo);
        boolean declarationMatch = !new Codegen(domain, config, CodegenOptions.builder(root)
                .mode(CodegenOptions.Mode.CHECK).repos(Set.of(repo)).build(), selector, migrationProviders)
                .run(repo).changed();
        try (DataLayer layer = provider.open(repoConfig(repo))) {
            return DriftCheck.run(repo, status, new SnapshotStore(root, repo), layer.schema(),
                    DriftCheck.notManaged(domain.resourcesIn(repo)), declarationMatch);
        }
    }

    /** What {@code rollback(repo, request)} would lose now; empty when nothing. Changes nothing. */
    public List<DataLoss> dataLoss(String repo, RollbackRequest request) {
        return runner(repo).dataLoss(source(repo), request);
    }

    public List<MigrationInfo> status(String repo) {
        return runner(repo).status(source(repo));
    }

    public Storage storage(String repo) {
        return provider(repo).storage(repoConfig(repo));
    }

    public MigrationSource source(String repo) {
        return MigrationSource.under(root, repo);
    }

    /** The provider id serving the repo. */
    public String dialect(String repo) {
        return provider(repo).id();
    }

    private MigrationRunner runner(String repo) {
        return migrationProviders.forDataLayer(provider(repo)).runner(repoConfig(repo));
    }

    private DataLayerProvider provider(String repo) {
        return selector.selectFor(domain, repoConfig(repo));
    }

    private RepoConfig repoConfig(String repo) {
        MigrationRepos.of(domain, root).require(repo); // a retired repo stays addressable while its folder exists
        return config.repo(repo).orElseThrow(() -> new ConfigurationException("repo " + repo
                + " is not configured; configured: " + config.repos().keySet()));
    }
}
