package dev.ashlar.migration;

import dev.ashlar.ProviderSelector;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.ConfigurationException;
import dev.ashlar.resource.Resource;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.DataLayerProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Generates migrations from a domain, offline: per repo, the latest snapshots are diffed against the declared
 * model, the dialect plans up and down SQL, and the migration, its down script and new snapshots are written once.
 * Only {@link #run()} with a named migration after development migrations touches a database (to roll the applied
 * development migrations back before squashing them).
 */
public final class Codegen {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

    private final Domain domain;
    private final AshlarConfig config;
    private final CodegenOptions options;
    private final ProviderSelector selector;

    public Codegen(Domain domain, AshlarConfig config, CodegenOptions options, ProviderSelector selector) {
        this.domain = domain;
        this.config = config;
        this.options = options;
        this.selector = selector;
    }

    public static Codegen of(Domain domain, AshlarConfig config, CodegenOptions options) {
        return new Codegen(domain, config, options, ProviderSelector.discover());
    }

    public CodegenResult run() {
        checkName();
        List<CodegenResult.RepoResult> results = new ArrayList<>();
        for (String repo : repos()) {
            results.add(runRepo(repo));
        }
        return new CodegenResult(results);
    }

    private void checkName() {
        boolean nameless = options.dev() || options.check() || options.dryRun() || options.snapshotsOnly();
        if (options.name() == null && !nameless) {
            throw new MigrationException("a migration needs a name (codegen NAME), unless --dev, --check, --dry-run "
                    + "or --snapshots-only is given");
        }
        if (options.name() != null && !NAME.matcher(options.name()).matches()) {
            throw new MigrationException("migration name '" + options.name() + "' must be lower snake_case "
                    + "([a-z0-9_]+)");
        }
    }

    private Set<String> repos() {
        Set<String> all = domain.repos();
        for (String repo : options.repos()) {
            if (!all.contains(repo)) {
                throw new ConfigurationException("repo " + repo + " is not used by domain " + domain.name()
                        + "; its repos are " + all);
            }
        }
        return options.repos().isEmpty() ? all : new TreeSet<>(options.repos());
    }

    private CodegenResult.RepoResult runRepo(String repo) {
        RepoConfig repoConfig = config.repo(repo).orElseThrow(() -> new ConfigurationException("repo " + repo
                + " is not configured; configured: " + config.repos().keySet()));
        DataLayerProvider provider = selector.selectFor(domain, repoConfig);
        MigrationSource source = MigrationSource.under(options.root(), repo);
        MigrationFiles files = new MigrationFiles(source);
        SnapshotStore snapshots = new SnapshotStore(options.root(), repo);
        List<String> notes = new ArrayList<>();

        Optional<String> branchConflict = files.chainBreak();
        if (branchConflict.isPresent()) {
            if (!options.check()) {
                throw new MigrationException(branchConflict.get());
            }
            notes.add("pending: " + branchConflict.get());
        }
        List<MigrationFiles.Entry> devEntries = files.devEntries();
        if (options.check() && !devEntries.isEmpty()) {
            notes.add("pending: development migrations remain " + devEntries.stream().map(MigrationFiles.Entry::version)
                    .toList() + "; run codegen NAME to squash them into one named migration");
        }
        boolean squash = !options.dev() && !devEntries.isEmpty() && !options.check() && !options.dryRun();

        Map<String, Snapshot> latest = snapshots.latest(options.dev());
        Set<String> unmanaged = domain.resourcesIn(repo).stream().filter(r -> !r.managed()).map(Resource::table)
                .collect(Collectors.toSet());
        Map<String, TableModel> before = new LinkedHashMap<>();
        for (Snapshot s : latest.values()) {
            if (!s.removed() && !s.dropDeclined() && !unmanaged.contains(s.model().name())) {
                before.put(s.model().name(), s.model());
            }
        }
        List<TableModel> after = new SchemaBuilder(domain.resources()).tables(repo);
        RenameHints hints = RenameHints.from(domain.resourcesIn(repo));
        CodegenDecisions decisions = new CodegenDecisions(options, hints);
        SchemaDiff.Result diff;
        try {
            diff = SchemaDiff.diff(before, after, hints, decisions);
        } catch (MigrationException e) {
            if (!options.check()) {
                throw e;
            }
            notes.add("pending: " + e.getMessage()); // check mode reports, never fails on what a run would ask
            return new CodegenResult.RepoResult(repo, provider.id(), null, List.of(), List.of(), notes);
        }
        if (options.check() && decisions.questioned() && diff.isEmpty()) {
            notes.add("pending: the schema changed in a way that needs an answer; run codegen to see it");
        }
        if (diff.isEmpty()) {
            if (squash) {
                notes.add("development migrations " + devEntries.stream().map(MigrationFiles.Entry::version).toList()
                        + " remain but the schema matches the last named snapshot; nothing to squash into");
            }
            return new CodegenResult.RepoResult(repo, provider.id(), null, List.of(), List.of(), notes);
        }
        if (squash) {
            squashDev(provider, repoConfig, source, files, snapshots, devEntries, notes);
        }
        String version = nextVersion(files, snapshots);
        String name = options.dev() ? (options.name() == null ? "changes" : options.name()) + MigrationFiles.DEV_SUFFIX
                : options.name() == null ? "pending" : options.name();
        List<CodegenResult.GeneratedFile> generated = new ArrayList<>();
        if (!options.snapshotsOnly()) {
            MigrationScripts scripts = MigrationScripts.plan(provider.migrations().planner(), SchemaModel.of(before.values()),
                    SchemaModel.of(after), diff.operations());
            String previous = files.list().stream().map(MigrationFiles.Entry::version).reduce((a, b) -> b)
                    .orElse(MigrationFiles.NO_PREVIOUS);
            String header = "version " + version + " \"" + name + "\", repo " + repo + ", dialect " + provider.id()
                    + "\n-- previous: " + previous;
            generated.add(new CodegenResult.GeneratedFile(files.upPath(version, name), scripts.up(header)));
            generated.add(new CodegenResult.GeneratedFile(files.downPath(version, name), scripts.down(header)));
        }
        for (Snapshot s : SnapshotChanges.of(latest, after, diff, version)) {
            generated.add(new CodegenResult.GeneratedFile(snapshots.path(s, options.dev()), SnapshotStore.content(s)));
        }
        diff.declinedDrops().forEach(t -> notes.add("kept table " + t + " (not dropped; remembered in its snapshot)"));
        if (!options.check() && !options.dryRun()) {
            generated.forEach(f -> SnapshotStore.writeOnce(f.path(), f.content()));
        }
        if (options.check()) {
            notes.add("pending: " + diff.operations().size() + " schema change(s) not generated yet");
        }
        return new CodegenResult.RepoResult(repo, provider.id(), version, diff.operations(), generated, notes);
    }

    /**
     * Rolls back the applied development migrations newest first, then deletes them and their snapshots, so the
     * named migration is diffed against the last named snapshot. No database means nothing applied. A rollback that
     * would lose data (rows or values in what the dev down scripts drop, counted as {@code rollback} counts them) is
     * asked about on a terminal, or needs {@code discardDevData}.
     */
    private void squashDev(DataLayerProvider provider, RepoConfig repoConfig, MigrationSource source,
                           MigrationFiles files, SnapshotStore snapshots, List<MigrationFiles.Entry> devEntries,
                           List<String> notes) {
        Set<String> devVersions = devEntries.stream().map(MigrationFiles.Entry::version).collect(Collectors.toSet());
        if (provider.storage(repoConfig).exists()) {
            MigrationRunner runner = provider.migrations().runner(repoConfig);
            List<String> applied = runner.status(source).stream()
                    .filter(i -> i.state() == MigrationState.APPLIED && devVersions.contains(i.version()))
                    .map(MigrationInfo::version).toList();
            if (!applied.isEmpty()) {
                RollbackRequest request = RollbackRequest.last(applied.size());
                confirmDevDataLoss(source.repo(), applied, runner.dataLoss(source, request));
                runner.rollback(source, request.forced());
                notes.add("rolled back development migrations " + applied);
            }
        } else {
            notes.add("the database of repo " + source.repo() + " does not exist, so no development migration is "
                    + "applied: nothing to roll back");
        }
        devEntries.forEach(files::delete);
        try {
            for (Path dev : snapshots.devFiles()) {
                Files.deleteIfExists(dev);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        notes.add("squashed development migrations " + devVersions.stream().sorted().toList());
    }

    /** Goes on only when nothing is lost, the loss is accepted by option, or the person at the terminal says yes. */
    private void confirmDevDataLoss(String repo, List<String> applied, List<DataLoss> losses) {
        if (losses.isEmpty() || options.discardDevData()) {
            return;
        }
        String what = "squashing rolls back the development migrations " + applied + " of repo " + repo
                + ", and their down scripts lose data: " + DataLoss.describe(losses);
        Optional<Boolean> answer = options.prompt().confirm(Character.toUpperCase(what.charAt(0))
                + what.substring(1) + ". Roll them back and lose it?");
        if (answer.isEmpty()) {
            throw new MigrationException(what + ". Nothing of repo " + repo + " was changed. Back the data up, then "
                    + "run codegen NAME --discard-dev-data to accept the loss");
        }
        if (!answer.get()) {
            throw new MigrationException("codegen stopped, nothing of repo " + repo + " was changed: " + what
                    + ". Back the data up, then run codegen again");
        }
    }

    /** Now in UTC, or one second after the newest existing version (so versions only grow). */
    private String nextVersion(MigrationFiles files, SnapshotStore snapshots) {
        LocalDateTime now = LocalDateTime.now(options.clock().withZone(ZoneOffset.UTC)).withNano(0);
        String newest = files.list().stream().map(MigrationFiles.Entry::version).max(String::compareTo).orElse("");
        String newestSnapshot = snapshots.latest(true).values().stream().map(Snapshot::version)
                .max(String::compareTo).orElse("");
        if (newestSnapshot.compareTo(newest) > 0) {
            newest = newestSnapshot;
        }
        String candidate = VERSION.format(now);
        if (!newest.isEmpty() && candidate.compareTo(newest) <= 0) {
            candidate = VERSION.format(LocalDateTime.parse(newest, VERSION).plusSeconds(1));
        }
        return candidate;
    }
}
