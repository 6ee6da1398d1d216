package dev.ashlar.migration;

import dev.ashlar.migration.internal.SnapshotStore;

import dev.ashlar.migration.internal.Snapshot;

import dev.ashlar.migration.internal.MigrationProviders;

import dev.ashlar.migration.internal.MigrationRepos;

import dev.ashlar.migration.spi.DataLoss;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSupport;
import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.ProviderSelector;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.ConfigurationException;
import dev.ashlar.migration.CodegenResult.Note;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates migrations from a domain, offline: per repo, the latest snapshots are diffed against the declared
 * model, the dialect plans up and down SQL, and the migration, its down script and new snapshots are written once.
 * Only {@link #run()} with a named migration after development migrations touches a database (to roll the applied
 * development migrations back before squashing them).
 *
 * <p>The repos visited are the domain's and the retired ones ({@link MigrationRepos}) whose snapshots still hold
 * tables: those tables have no resource any more, so they are offered for drop like any removed resource's.
 */
public final class Codegen {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Domain domain;
    private final AshlarConfig config;
    private final CodegenOptions options;
    private final ProviderSelector selector;
    private final MigrationProviders migrationProviders;

    public Codegen(Domain domain, AshlarConfig config, CodegenOptions options, ProviderSelector selector,
                   MigrationProviders migrationProviders) {
        this.domain = domain;
        this.config = config;
        this.options = options;
        this.selector = selector;
        this.migrationProviders = migrationProviders;
    }

    public static Codegen of(Domain domain, AshlarConfig config, CodegenOptions options) {
        return new Codegen(domain, config, options, ProviderSelector.discover(), MigrationProviders.discover());
    }

    /** Every repo of {@link #repos()}, one after the other. */
    public CodegenResult run() {
        List<CodegenResult.RepoResult> results = new ArrayList<>();
        for (String repo : repos()) {
            results.add(run(repo));
        }
        return new CodegenResult(results);
    }

    /**
     * The repos to visit, in order: those of {@link CodegenOptions#repos()} (each used by the domain or having
     * migrations under the root), else the domain's and the retired ones that still hold tables. Empty for a
     * domain without a table and no migrations: nothing to generate.
     */
    public List<String> repos() {
        MigrationRepos repos = MigrationRepos.of(domain, options.root());
        if (!options.repos().isEmpty()) {
            return repos.select(options.repos());
        }
        return repos.all().stream().filter(r -> !repos.isRetired(r) || PreviousSchema.hasLiveTables(
                new SnapshotStore(options.root(), r).latest(true))).toList();
    }

    /** Diffs one repo and writes (or, in check and dry-run modes, only reports) its migration. */
    public CodegenResult.RepoResult run(String repo) {
        RepoTarget target = target(repo);
        List<Note> notes = new ArrayList<>(preflight(target));
        skippedNotManaged(repo).ifPresent(notes::add);
        Map<String, Snapshot> latest = target.snapshots().latest(options.dev());
        List<TableModel> after = new SchemaBuilder(domain.resources()).tables(repo);
        Map<String, TableModel> before = PreviousSchema.of(latest, after, notManagedTables(repo));
        Optional<SchemaDiff.Result> diff = diff(repo, before, after, notes);
        if (diff.isEmpty()) {
            return result(target, null, List.of(), List.of(), notes);
        }
        if (diff.get().operations().isEmpty() && SnapshotChanges.of(latest, after, diff.get(), "").isEmpty()) {
            return unchanged(target, notes);
        }
        return generate(target, latest, before, after, diff.get(), notes);
    }

    /**
     * The diff, with the questions check mode did not ask added to {@code notes}; empty in check mode when the run
     * would abort (the reason is then a pending note: check reports, never fails on what a run would ask).
     */
    private Optional<SchemaDiff.Result> diff(String repo, Map<String, TableModel> before, List<TableModel> after,
                                             List<Note> notes) {
        RenameHints hints = RenameHints.from(domain.resourcesIn(repo));
        CodegenDecisions decisions = new CodegenDecisions(options, hints);
        try {
            SchemaDiff.Result diff = SchemaDiff.diff(before, after, hints, decisions);
            notes.addAll(decisions.questions());
            return Optional.of(diff);
        } catch (MigrationException e) {
            if (!options.check()) {
                throw e;
            }
            notes.addAll(decisions.questions()); // an unanswered rename is often why a required column is "added"
            notes.add(Note.pending(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Squashes development migrations if the mode does, then plans and writes the migration and snapshots. */
    private CodegenResult.RepoResult generate(RepoTarget target, Map<String, Snapshot> latest,
                                              Map<String, TableModel> before, List<TableModel> after,
                                              SchemaDiff.Result diff, List<Note> notes) {
        if (options.mode().squashesDev() && !target.files().devEntries().isEmpty()) {
            List<String> squashed = new ArrayList<>();
            squashDev(target.provider(), target.migrations(), target.config(), target.source(), target.files(),
                    target.snapshots(),
                    target.files().devEntries(), squashed);
            squashed.forEach(n -> notes.add(Note.info(n)));
        }
        String version = nextVersion(target.files(), target.snapshots());
        MigrationWriter writer = new MigrationWriter(target, options);
        List<CodegenResult.GeneratedFile> files = writer.files(version, before.values(), after, diff.operations(),
                SnapshotChanges.of(latest, after, diff, version));
        writer.write(files);
        diff.declinedDrops().forEach(t -> notes.add(Note.info("kept table " + t
                + " (not dropped; remembered in its snapshot)")));
        if (options.check()) {
            notes.add(Note.pending(diff.operations().isEmpty()
                    ? "snapshots to update (" + files.size() + " file(s)), with no schema change"
                    : diff.operations().size() + " schema change(s) not generated yet"));
        }
        return result(target, version, diff.operations(), files, notes);
    }

    private RepoTarget target(String repo) {
        boolean retired = !domain.repos().contains(repo);
        RepoConfig repoConfig = config.repo(repo).orElseThrow(() -> new ConfigurationException(retired
                ? "repo " + repo + " is no longer used by domain " + domain.name() + ", but its snapshots under "
                        + options.root().resolve(repo) + " still hold tables; configure it under repos: so codegen "
                        + "can drop or keep them (or delete that folder if its database is gone)"
                : "repo " + repo + " is not configured; configured: " + config.repos().keySet()));
        DataLayerProvider provider = selector.selectFor(domain, repoConfig);
        return RepoTarget.of(repo, repoConfig, provider, migrationProviders.forDataLayer(provider), options.root(),
                retired);
    }

    /** Merged branches and left-over development migrations: errors, or pending notes in check mode. */
    private List<Note> preflight(RepoTarget target) {
        List<Note> notes = new ArrayList<>();
        Optional<String> branchConflict = target.files().chainBreak();
        if (branchConflict.isPresent()) {
            if (!options.check()) {
                throw new MigrationException(branchConflict.get());
            }
            notes.add(Note.pending(branchConflict.get()));
        }
        List<MigrationFiles.Entry> devEntries = target.files().devEntries();
        if (options.check() && !devEntries.isEmpty()) {
            notes.add(Note.pending("development migrations remain " + devEntries.stream()
                    .map(MigrationFiles.Entry::version).toList() + "; run codegen NAME to squash them into one "
                    + "named migration"));
        }
        return notes;
    }

    private CodegenResult.RepoResult unchanged(RepoTarget target, List<Note> notes) {
        List<MigrationFiles.Entry> devEntries = target.files().devEntries();
        if (options.mode().squashesDev() && !devEntries.isEmpty()) {
            notes.add(Note.info("development migrations " + devEntries.stream().map(MigrationFiles.Entry::version)
                    .toList() + " remain but the schema matches the last named snapshot; nothing to squash into"));
        }
        return result(target, null, List.of(), List.of(), notes);
    }

    private CodegenResult.RepoResult result(RepoTarget target, String version, List<MigrationOperation> operations,
                                            List<CodegenResult.GeneratedFile> files, List<Note> notes) {
        return new CodegenResult.RepoResult(target.repo(), target.provider().id(), version, operations, files, notes,
                target.retired());
    }

    private List<Resource> notManaged(String repo) {
        return domain.resourcesIn(repo).stream().filter(r -> r.hasTable() && !r.managed()).toList();
    }

    private Set<String> notManagedTables(String repo) {
        return notManaged(repo).stream().map(Resource::table).collect(Collectors.toSet());
    }

    /** One line naming the not-managed resources left alone, so their absence from the migration is explained. */
    private Optional<Note> skippedNotManaged(String repo) {
        List<Resource> skipped = notManaged(repo);
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Note.info("skipped not-managed resource(s) " + skipped.stream()
                .map(r -> r.name() + " (table " + r.table() + ")").collect(Collectors.joining(", "))
                + ": migrations never create, alter or drop their tables"));
    }

    /**
     * Rolls back the applied development migrations newest first, then deletes them and their snapshots, so the
     * named migration is diffed against the last named snapshot. No database means nothing applied. A rollback that
     * would lose data (rows or values in what the dev down scripts drop, counted as {@code rollback} counts them) is
     * asked about on a terminal, or needs {@code discardDevData}.
     */
    private void squashDev(DataLayerProvider provider, MigrationSupport migrations, RepoConfig repoConfig, MigrationSource source,
                           MigrationFiles files, SnapshotStore snapshots, List<MigrationFiles.Entry> devEntries,
                           List<String> notes) {
        Set<String> devVersions = devEntries.stream().map(MigrationFiles.Entry::version).collect(Collectors.toSet());
        if (provider.storage(repoConfig).exists()) {
            MigrationRunner runner = migrations.runner(repoConfig);
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
