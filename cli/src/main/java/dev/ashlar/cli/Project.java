package dev.ashlar.cli;

import dev.ashlar.Ashlar;
import dev.ashlar.ProviderSelector;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.yaml.AshlarConfigFile;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.internal.MigrationRepos;
import dev.ashlar.migration.internal.MigrationProviders;
import dev.ashlar.migration.Migrations;
import dev.ashlar.spi.DataLayerProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What a command works on, loaded from the common options: the config, the domain (from the user's class path),
 * the migrations root, and the data-layer providers found on the CLI's and the user's class path. While open, the
 * user's class loader is the thread's context class loader (JDBC drivers, Flyway plugins).
 */
final class Project implements AutoCloseable {
    static final String DEFAULT_ROOT = "src/main/resources/db";

    private final AshlarConfig config;
    private final Domain domain;
    private final Path root;
    private final ProviderSelector selector;
    private final List<DataLayerProvider> providers;
    private final MigrationProviders migrationProviders;
    private final String seedsClass;
    private final ClassLoader loader;
    private final ClassLoader previousContextLoader;

    private Project(AshlarConfig config, Domain domain, Path root, List<DataLayerProvider> providers,
                    MigrationProviders migrationProviders, String seedsClass, ClassLoader loader,
                    ClassLoader previousContextLoader) {
        this.config = config;
        this.domain = domain;
        this.root = root;
        this.selector = new ProviderSelector(providers);
        this.providers = List.copyOf(providers);
        this.migrationProviders = migrationProviders;
        this.seedsClass = seedsClass;
        this.loader = loader;
        this.previousContextLoader = previousContextLoader;
    }

    static Project load(CommonOptions options, AshlarCli cli) {
        if (options.verbose) { // library logs, off by default (simplelogger.properties), at info
            for (String key : List.of("defaultLogLevel", "log.org.flywaydb", "log.com.zaxxer.hikari")) {
                System.setProperty("org.slf4j.simpleLogger." + key, "info");
            }
        }
        Path file = options.config;
        if (!Files.isRegularFile(file)) {
            throw new CliException("config file " + file + " not found (working directory "
                    + Path.of("").toAbsolutePath() + "); create it with a 'repos:' map (see README, \"Config file\") "
                    + "or pass --config FILE");
        }
        AshlarConfig config = AshlarConfigFile.load(file);
        config.repos().values().forEach(r -> r.secrets().forEach(cli::addSecret)); // URL passwords too
        ProjectFile project = ProjectFile.read(file);

        String domainClass = options.domain != null ? options.domain : project.domain();
        if (domainClass == null) {
            throw new CliException("no domain: pass --domain CLASS or add 'domain: com.example.MyDomain' to " + file);
        }
        Path root = options.root != null ? options.root
                : Path.of(project.migrations() != null ? project.migrations() : DEFAULT_ROOT);

        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = ClassPath.loader(options.classpath, AshlarCli.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Domain domain = DomainLoader.load(domainClass, loader);
            List<DataLayerProvider> providers = new ArrayList<>();
            ServiceLoader.load(DataLayerProvider.class, loader).forEach(providers::add);
            return new Project(config, domain, root, providers, MigrationProviders.discover(loader), project.seeds(),
                    loader, previous);
        } catch (RuntimeException | Error e) {
            Thread.currentThread().setContextClassLoader(previous);
            closeLoader(loader);
            throw e;
        }
    }

    AshlarConfig config() {
        return config;
    }

    Domain domain() {
        return domain;
    }

    Path root() {
        return root;
    }

    ProviderSelector selector() {
        return selector;
    }

    MigrationProviders migrationProviders() {
        return migrationProviders;
    }

    /** The {@code seeds:} class of the config file, or {@code null}. */
    String seedsClass() {
        return seedsClass;
    }

    /** The user's class loader (the domain's and the seeds class's). */
    ClassLoader loader() {
        return loader;
    }

    /** A running domain over the configured repos, with the data layers found for this project. */
    Ashlar open() {
        return Ashlar.builder().domain(domain).config(config).providers(providers).build();
    }

    Migrations migrations() {
        return new Migrations(domain, config, root, selector, migrationProviders);
    }

    /** The repos commands can address: the domain's, then retired ones with migrations under the root. */
    MigrationRepos addressable() {
        return MigrationRepos.of(domain, root);
    }

    /**
     * The repos to act on, in the domain's order: those asked for, else all of the domain's and the retired ones
     * that are still configured (a retired repo keeps its tables and history until they are dropped). Each is checked
     * before any is touched: used by the domain or retired, configured, and served by exactly one data layer.
     */
    List<String> repos(List<String> requested) {
        MigrationRepos addressable = addressable();
        List<String> chosen = addressable.select(requested).stream().filter(r -> !requested.isEmpty()
                || !addressable.isRetired(r) || config.repo(r).isPresent()).toList();
        if (chosen.isEmpty()) {
            throw new CliException("domain " + domain.name() + " has no resource stored in a table, so no repo");
        }
        check(chosen);
        return chosen;
    }

    /** Checks, before any is touched, that each repo is configured and served by exactly one data layer. */
    void check(List<String> repos) {
        for (String repo : repos) {
            selector.selectFor(domain, repoConfig(repo));
        }
    }

    /** Retired repos left out of a command without --repo because they are no longer configured. */
    List<String> unconfiguredRetired() {
        MigrationRepos addressable = addressable();
        return addressable.retired().stream().filter(r -> config.repo(r).isEmpty()).toList();
    }

    RepoConfig repoConfig(String repo) {
        return config.repo(repo).orElseThrow(() -> new CliException("repo " + repo + (domain.repos().contains(repo)
                ? " of domain " + domain.name() : ", no longer used by domain " + domain.name() + " but holding "
                + "migrations in " + Output.path(root.resolve(repo)) + ",") + " is not configured; add it under "
                + "'repos:' in the config file (configured: " + config.repos().keySet() + ")"));
    }

    /** {@code main (sqlite, jdbc:sqlite:shop.db)}: the repo, its data layer and its URL without credentials. */
    String describe(String repo) {
        RepoConfig rc = repoConfig(repo);
        return repo + " (" + selector.selectFor(domain, rc).id() + ", " + rc.redactedUrl()
                + (domain.repos().contains(repo) ? "" : "; no longer used by domain " + domain.name()) + ")";
    }

    @Override
    public void close() {
        Thread.currentThread().setContextClassLoader(previousContextLoader);
        closeLoader(loader);
    }

    private static void closeLoader(ClassLoader loader) {
        if (loader instanceof java.net.URLClassLoader closeable && loader != AshlarCli.class.getClassLoader()) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // nothing left to do: the process is about to end or the next command makes a new loader
            }
        }
    }
}
