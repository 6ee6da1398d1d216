package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.DataLoss;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationRunner;
import dev.ashlar.migration.spi.MigrationSource;
import dev.ashlar.migration.spi.MigrationState;
import dev.ashlar.migration.spi.RepairRequest;
import dev.ashlar.migration.spi.RepairResult;
import dev.ashlar.migration.spi.RollbackRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway applies up scripts and keeps {@code flyway_schema_history} (clean disabled, validate on migrate, no
 * baseline on migrate (only an explicit {@link #baseline}), no out-of-order, no placeholders: a script runs as written, like its down script). Before migrating, the
 * status is read once to refuse what Flyway would run into (with a message that names the fix), except on a database
 * without history, which has nothing to refuse; what a run applied is then read back from the history rows it added,
 * not from a second status pass. Flyway's free edition has no undo, so rollback is done here: see {@link RollbackPlan} for when it refuses and {@link DataLossCount} for what
 * it would lose (refused without force when anything), then each target,
 * newest first, runs its down script, deletes its history row, passes the dialect's checks and commits in one
 * transaction. Runs are serialised by {@link MigrationHooks#lockForMigrate} / {@link MigrationHooks#lockForRollback}.
 */
public final class FlywayMigrationRunner implements MigrationRunner {
    private final MigrationHooks hooks;
    private final Failures failures;

    public FlywayMigrationRunner(MigrationHooks hooks) {
        this.hooks = hooks;
        this.failures = new Failures(hooks);
    }

    @Override
    public List<MigrationInfo> status(MigrationSource source) {
        return entries(source, DownScripts.in(source.downs())).stream().map(Entry::info).toList();
    }

    @Override
    public List<MigrationInfo> migrate(MigrationSource source, MigrateRequest request) {
        if (!Files.isDirectory(source.migrations())) {
            throw new MigrationException("no migrations folder " + source.migrations() + " for repo " + repo()
                    + "; generate migrations first, or point the source at the folder that holds them");
        }
        // One connection of the run's own, for what it reads of the history itself (on SQLite it also keeps the
        // WAL open, instead of SQLite checkpointing and deleting it each time one of Flyway's connections closes).
        try (MigrationHooks.Held ignored = hooks.lockForMigrate();
             Connection connection = hooks.dataSource().getConnection()) {
            DownScripts downs = DownScripts.in(source.downs());
            RunCallback run = new RunCallback(hooks);
            FluentConfiguration configuration = configuration(source, run);
            Flyway flyway = configuration.load(); // target: latest
            Optional<Plan> plan = plan(flyway, connection, source, request, downs);
            if (plan.isEmpty()) {
                return List.of();
            }
            MigrationVersion target = plan.get().target();
            Flyway migrating = target.equals(MigrationVersion.LATEST) ? flyway : configuration.target(target).load();
            MigrateResult result;
            try {
                result = migrating.migrate();
            } catch (FlywayException e) {
                if (e.getErrorCode() == CoreErrorCode.NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE) {
                    throw notAdopted(connection, e);
                }
                throw migrateFailure(source, run, e);
            }
            return applied(source, downs, result, connection, plan.get().newestRank());
        } catch (SQLException e) {
            throw new MigrationException(redact("migrate failed for repo " + repo() + ": "
                    + failures.databaseError(e)), failures.cause(e));
        }
    }

    /** What a migrate run applies: up to {@code target}; {@code newestRank} is the newest history row before it. */
    private record Plan(MigrationVersion target, int newestRank) {
    }

    /**
     * Checks the status and says what to apply; empty when nothing. A database without history needs no status:
     * nothing applied means nothing failed, missing, changed or out of order, and Flyway validates on migrate.
     */
    private Optional<Plan> plan(Flyway flyway, Connection connection, MigrationSource source, MigrateRequest request,
                                DownScripts downs) throws SQLException {
        if (request.equals(MigrateRequest.all()) && !RunHistory.exists(connection)) {
            // with no script, Flyway would still create an empty history table
            return hasScripts(source.migrations()) ? Optional.of(new Plan(MigrationVersion.LATEST, 0))
                    : Optional.empty();
        }
        List<Entry> before = entries(flyway, downs);
        List<String> problems = before.stream()
                .flatMap(e -> FlywayStatus.problem(e, before, source.migrations()).stream()).toList();
        if (!problems.isEmpty()) {
            throw new MigrationException("migrate refused for repo " + repo() + ", nothing was applied: "
                    + String.join("; ", problems));
        }
        int newestRank = before.stream().filter(Entry::inHistory).mapToInt(Entry::installedRank).max().orElse(0);
        return target(before, request, source.migrations()).map(target -> new Plan(target, newestRank));
    }

    /**
     * What a run applied, oldest first, as {@link #status} reports it from now on: APPLIED, at the time its history
     * row records. Reads the whole status instead when a row is not where it should be.
     */
    private List<MigrationInfo> applied(MigrationSource source, DownScripts downs, MigrateResult result,
                                        Connection connection, int newestRank) {
        Map<MigrationVersion, Instant> appliedAt;
        try {
            appliedAt = RunHistory.appliedAt(connection, newestRank);
        } catch (SQLException e) {
            throw new MigrationException(redact("cannot read the migrations of repo " + repo() + " ("
                    + hooks.config().redactedUrl() + "): " + failures.databaseError(e)), failures.cause(e));
        }
        List<MigrationInfo> out = new ArrayList<>();
        Set<MigrationVersion> applied = new HashSet<>();
        for (MigrateOutput migration : result.migrations) {
            MigrationVersion version = MigrationVersion.fromVersion(migration.version);
            applied.add(version);
            if (appliedAt.containsKey(version)) {
                out.add(new MigrationInfo(version.getVersion(), migration.description, MigrationState.APPLIED,
                        appliedAt.get(version), !downs.losses(version).isEmpty()));
            }
        }
        if (out.size() != applied.size()) {
            return entries(source, downs).stream().filter(e -> applied.contains(e.version())).map(Entry::info).toList();
        }
        out.sort(Comparator.comparing(i -> MigrationVersion.fromVersion(i.version())));
        return out;
    }

    /** Whether Flyway could find an up script: any {@code .sql} file in the location, at any depth. */
    private static boolean hasScripts(Path migrations) {
        try (Stream<Path> files = Files.walk(migrations)) {
            return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")
                    && Files.isRegularFile(f));
        } catch (IOException e) {
            return true; // let Flyway look, and report
        }
    }

    @Override
    public List<MigrationInfo> rollback(MigrationSource source, RollbackRequest request) {
        return withRollbackTargets(source, request, (connection, targets, downs) -> {
            if (!request.force()) {
                List<DataLoss> losses = DataLossCount.count(hooks, connection, targets, downs);
                if (!losses.isEmpty()) {
                    throw new MigrationException(RollbackPlan.refused(repo()) + "it would lose data: "
                            + DataLoss.describe(losses) + "; back the data up, then roll back with --force "
                            + "(RollbackRequest.forced()) to accept the loss");
                }
            }
            List<MigrationInfo> done = new ArrayList<>();
            for (Entry target : targets) {
                undo(connection, target, downs.find(target.version()).orElseThrow(), done);
                MigrationInfo was = target.info();
                done.add(new MigrationInfo(was.version(), was.description(), MigrationState.PENDING, null,
                        was.destructive()));
            }
            return done;
        });
    }

    @Override
    public List<DataLoss> dataLoss(MigrationSource source, RollbackRequest request) {
        return withRollbackTargets(source, request,
                (connection, targets, downs) -> DataLossCount.count(hooks, connection, targets, downs));
    }

    /** What a rollback does with its targets, on its own connection under the rollback lock. */
    @FunctionalInterface
    private interface RollbackWork<T> {
        T run(Connection connection, List<Entry> targets, DownScripts downs) throws SQLException;
    }

    private <T> T withRollbackTargets(MigrationSource source, RollbackRequest request, RollbackWork<T> work) {
        try (Connection connection = hooks.dataSource().getConnection();
             MigrationHooks.Held ignored = hooks.lockForRollback(connection)) {
            DownScripts downs = DownScripts.in(source.downs());
            List<Entry> targets = RollbackPlan.targets(repo(), entries(source, downs), request, downs);
            return work.run(connection, targets, downs);
        } catch (SQLException e) {
            throw new MigrationException(redact("rollback failed for repo " + repo() + " ("
                    + hooks.config().redactedUrl() + "): " + failures.databaseError(e)), failures.cause(e));
        }
    }

    @Override
    public MigrationInfo baseline(MigrationSource source, String version) {
        try (MigrationHooks.Held ignored = hooks.lockForMigrate();
             Connection connection = hooks.dataSource().getConnection()) {
            if (RunHistory.hasRows(connection)) {
                throw new MigrationException("baseline of repo " + repo() + " refused, nothing was changed: it "
                        + "already has migration history in " + FlywayStatus.HISTORY + ", and a baseline only adopts "
                        + "a database that has none; see status, and migrate to apply what is pending");
            }
            DownScripts downs = DownScripts.in(source.downs());
            Entry chosen = baselineTarget(source, entries(source, downs), version);
            try {
                configuration(source).baselineVersion(chosen.version())
                        .baselineDescription(chosen.info().description()).load().baseline();
            } catch (FlywayException e) {
                throw new MigrationException(redact("baseline of repo " + repo() + " failed: "
                        + failures.databaseError(e)), failures.cause(e));
            }
            return entries(source, downs).stream().filter(e -> e.version().equals(chosen.version()))
                    .map(Entry::info).findFirst().orElseThrow();
        } catch (SQLException e) {
            throw new MigrationException(redact("baseline failed for repo " + repo() + " ("
                    + hooks.config().redactedUrl() + "): " + failures.databaseError(e)), failures.cause(e));
        }
    }

    @Override
    public RepairResult repair(MigrationSource source, RepairRequest request) {
        try (Connection connection = hooks.dataSource().getConnection();
             MigrationHooks.Held ignored = hooks.lockForRollback(connection)) {
            if (!RunHistory.exists(connection)) {
                return new RepairResult(List.of(), List.of());
            }
            MigrationInfoService service;
            try {
                service = configuration(source).load().info();
            } catch (FlywayException e) {
                throw new MigrationException(redact("cannot read the migrations of repo " + repo() + " ("
                        + hooks.config().redactedUrl() + "): " + failures.databaseError(e)), failures.cause(e));
            }
            connection.setAutoCommit(false);
            try {
                RepairResult result = HistoryRepair.apply(connection, service, request);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MigrationException(redact("repair failed for repo " + repo() + " ("
                    + hooks.config().redactedUrl() + "), nothing was changed: " + failures.databaseError(e)),
                    failures.cause(e));
        }
    }

    /** The migration a baseline records: {@code version}, or the newest file. */
    private Entry baselineTarget(MigrationSource source, List<Entry> files, String version) {
        if (files.isEmpty()) {
            throw new MigrationException("no migrations in " + source.migrations() + " for repo " + repo()
                    + " to baseline; generate them first (codegen NAME), from a domain that matches the database");
        }
        if (version == null) {
            return files.getLast();
        }
        MigrationVersion wanted = RollbackPlan.parse(version);
        return files.stream().filter(e -> e.version().equals(wanted)).findFirst()
                .orElseThrow(() -> new MigrationException("no migration V" + wanted + " in " + source.migrations()
                        + " for repo " + repo() + " to baseline; pick a version from status"));
    }

    /** Runs one down script, deletes the history row and checks, in one transaction; undone entirely on failure. */
    private void undo(Connection connection, Entry target, Path script, List<MigrationInfo> done) throws SQLException {
        String sql = DownScripts.read(script);
        connection.setAutoCommit(false);
        try {
            hooks.executeScript(connection, sql);
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + FlywayStatus.HISTORY + " where installed_rank = ?")) {
                delete.setInt(1, target.installedRank());
                if (delete.executeUpdate() != 1) {
                    throw new SQLException("its row (installed_rank " + target.installedRank() + ") is no longer in "
                            + FlywayStatus.HISTORY);
                }
            }
            List<String> problems = hooks.check(connection);
            if (!problems.isEmpty()) {
                throw new RunCallback.CheckFailed("it left foreign keys broken: " + String.join("; ", problems));
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            String reason = e instanceof RunCallback.CheckFailed ? e.getMessage() : failures.databaseError(e);
            throw new MigrationException(redact("rolling back " + target.label() + " failed and was undone, so it "
                    + "stays applied (schema and history as before it): " + reason + ". Fix " + script.getFileName()
                    + " and roll back again" + (done.isEmpty() ? "" : "; already rolled back (committed): "
                    + done.stream().map(d -> "V" + d.version()).collect(Collectors.joining(", ")))),
                    failures.cause(e));
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The version to migrate to, or empty when the request applies nothing. */
    private Optional<MigrationVersion> target(List<Entry> entries, MigrateRequest request, Path migrations) {
        if (request.toVersion() != null && request.count() != null) {
            throw new MigrationException("migrate takes a count or a version to migrate to, not both");
        }
        List<Entry> pending = entries.stream().filter(e -> e.state() == MigrationState.PENDING).toList();
        if (request.toVersion() != null) {
            MigrationVersion to = RollbackPlan.parse(request.toVersion());
            if (entries.stream().noneMatch(e -> e.version().equals(to) && e.state() != MigrationState.MISSING_FILE)) {
                throw new MigrationException("no migration V" + to + " in " + migrations + " for repo " + repo()
                        + "; pick a version from status");
            }
            return pending.stream().anyMatch(e -> e.version().compareTo(to) <= 0) ? Optional.of(to) : Optional.empty();
        }
        if (request.count() != null && request.count() < 1) {
            throw new MigrationException("migrate count must be at least 1, got " + request.count());
        }
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        if (request.count() == null) {
            return Optional.of(MigrationVersion.LATEST);
        }
        return Optional.of(pending.get(Math.min(request.count(), pending.size()) - 1).version());
    }

    /** The database has tables Ashlar's history does not account for: say how to adopt it. */
    private MigrationException notAdopted(Connection connection, FlywayException e) throws SQLException {
        List<String> tables = RunHistory.tables(connection, 6);
        String shown = tables.size() > 5 ? String.join(", ", tables.subList(0, 5)) + ", ..." : String.join(", ", tables);
        return new MigrationException("migrate refused for repo " + repo() + ", nothing was applied: its database "
                + "already has tables" + (shown.isEmpty() ? "" : " (" + shown + ")") + " but no migration history ("
                + FlywayStatus.HISTORY + "), so Ashlar cannot tell which migrations made them. If the schema matches "
                + "the migrations up to the newest one, run 'ashlar baseline' (or 'ashlar baseline --version VERSION' "
                + "for an older one; in code Migrations.baseline) to record them as applied without running them, "
                + "then migrate again; otherwise migrate an empty database", failures.cause(e));
    }

    private MigrationException migrateFailure(MigrationSource source, RunCallback run, FlywayException e) {
        List<String> appliedBefore = run.applied();
        String before = appliedBefore.isEmpty() ? "" : " (" + appliedBefore.stream().map(v -> "V" + v)
                .collect(Collectors.joining(", ")) + " applied before it and stay applied)";
        org.flywaydb.core.api.MigrationInfo failed = run.current();
        if (failed == null) {
            return new MigrationException(redact("migrate failed for repo " + repo() + before + ": "
                    + failures.databaseError(e)), failures.cause(e));
        }
        String label = "V" + failed.getVersion() + " (" + failed.getDescription() + ")";
        String script = failed.getScript();
        String what;
        String next;
        if (!run.problems().isEmpty()) {
            what = " left foreign keys broken: " + String.join("; ", run.problems());
            next = "make " + script + " keep every reference valid (delete or update the child rows first; rebuild a "
                    + "table as create new, copy, drop old, rename new) and migrate again";
        } else {
            int line = Failures.line(e);
            what = " failed: " + failures.databaseError(e) + (line > 0 ? " (line " + line + " of " + script + ")" : "");
            next = "fix " + script + " (it was never applied, so editing it is safe) and migrate again";
        }
        String outcome = recordedAsFailed(source, failed.getVersion())
                ? "it ran outside a transaction and is recorded as FAILED in " + FlywayStatus.HISTORY + ", so part of "
                  + "it may have been applied: repair the schema by hand, delete its row from " + FlywayStatus.HISTORY
                  + " and migrate again"
                : "it was rolled back, so schema and history are as they were before it; " + next;
        return new MigrationException(redact("migration " + label + " of repo " + repo() + what + before + "; "
                + outcome), failures.cause(e));
    }

    private boolean recordedAsFailed(MigrationSource source, MigrationVersion version) {
        try {
            return entries(source, DownScripts.in(source.downs())).stream()
                    .anyMatch(e -> e.version().equals(version) && e.state() == MigrationState.FAILED);
        } catch (RuntimeException e) {
            return false; // the failure itself is what the caller must see
        }
    }

    private List<Entry> entries(MigrationSource source, DownScripts downs) {
        return entries(configuration(source).load(), downs);
    }

    private List<Entry> entries(Flyway flyway, DownScripts downs) {
        try {
            return FlywayStatus.read(flyway.info(), downs);
        } catch (FlywayException e) {
            throw new MigrationException(redact("cannot read the migrations of repo " + repo() + " ("
                    + hooks.config().redactedUrl() + "): "
                    + failures.databaseError(e)), failures.cause(e));
        }
    }

    private FluentConfiguration configuration(MigrationSource source, Callback... callbacks) {
        return Flyway.configure(hooks.getClass().getClassLoader())
                .dataSource(hooks.dataSource())
                .locations("filesystem:" + source.migrations().toAbsolutePath())
                .table(FlywayStatus.HISTORY)
                .cleanDisabled(true)
                .validateOnMigrate(true)
                .baselineOnMigrate(false)
                .outOfOrder(false)
                .placeholderReplacement(false)
                .skipDefaultCallbacks(true)
                .loggers("slf4j")
                .callbacks(callbacks);
    }

    private String repo() {
        return hooks.config().name();
    }

    private String redact(String message) {
        return failures.redact(message);
    }
}
