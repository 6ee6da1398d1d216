package dev.ashlar.sql.migrate;

import dev.ashlar.migration.MigrateRequest;
import dev.ashlar.migration.MigrationException;
import dev.ashlar.migration.MigrationInfo;
import dev.ashlar.migration.MigrationRunner;
import dev.ashlar.migration.MigrationSource;
import dev.ashlar.migration.MigrationState;
import dev.ashlar.migration.RollbackRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway applies up scripts and keeps {@code flyway_schema_history} (clean disabled, validate on migrate, no
 * baseline, no out-of-order, no placeholders: a script runs as written, like its down script). Flyway's free
 * edition has no undo, so rollback is done here: see {@link RollbackPlan} for when it refuses, then each target,
 * newest first, runs its down script, deletes its history row, passes the dialect's checks and commits in one
 * transaction. Runs are serialised by {@link MigrationHooks#lockForMigrate} / {@link MigrationHooks#lockForRollback}.
 */
public final class FlywayMigrationRunner implements MigrationRunner {
    private final MigrationHooks hooks;

    public FlywayMigrationRunner(MigrationHooks hooks) {
        this.hooks = hooks;
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
        try (MigrationHooks.Held ignored = hooks.lockForMigrate()) {
            List<Entry> before = entries(source, DownScripts.in(source.downs()));
            List<String> problems = before.stream()
                    .flatMap(e -> FlywayStatus.problem(e, before, source.migrations()).stream()).toList();
            if (!problems.isEmpty()) {
                throw new MigrationException("migrate refused for repo " + repo() + ", nothing was applied: "
                        + String.join("; ", problems));
            }
            Optional<MigrationVersion> target = target(before, request, source.migrations());
            if (target.isEmpty()) {
                return List.of();
            }
            RunCallback run = new RunCallback(hooks);
            MigrateResult result;
            try {
                result = flyway(source, target.get(), run).migrate();
            } catch (FlywayException e) {
                throw migrateFailure(source, run, e);
            }
            Set<MigrationVersion> applied = new HashSet<>();
            result.migrations.forEach(m -> applied.add(MigrationVersion.fromVersion(m.version)));
            return entries(source, DownScripts.in(source.downs())).stream()
                    .filter(e -> applied.contains(e.version())).map(Entry::info).toList();
        } catch (SQLException e) {
            throw new MigrationException(redact("migrate failed for repo " + repo() + ": "
                    + Failures.databaseError(e)), e);
        }
    }

    @Override
    public List<MigrationInfo> rollback(MigrationSource source, RollbackRequest request) {
        try (Connection connection = hooks.dataSource().getConnection();
             MigrationHooks.Held ignored = hooks.lockForRollback(connection)) {
            DownScripts downs = DownScripts.in(source.downs());
            List<Entry> targets = RollbackPlan.targets(repo(), entries(source, downs), request, downs);
            List<MigrationInfo> done = new ArrayList<>();
            for (Entry target : targets) {
                undo(connection, target, downs.find(target.version()).orElseThrow(), done);
                MigrationInfo was = target.info();
                done.add(new MigrationInfo(was.version(), was.description(), MigrationState.PENDING, null,
                        was.destructive()));
            }
            return done;
        } catch (SQLException e) {
            throw new MigrationException(redact("rollback failed for repo " + repo() + " ("
                    + hooks.config().redactedUrl() + "): " + Failures.databaseError(e)), e);
        }
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
            String reason = e instanceof RunCallback.CheckFailed ? e.getMessage() : Failures.databaseError(e);
            throw new MigrationException(redact("rolling back " + target.label() + " failed and was undone, so it "
                    + "stays applied (schema and history as before it): " + reason + ". Fix " + script.getFileName()
                    + " and roll back again" + (done.isEmpty() ? "" : "; already rolled back (committed): "
                    + done.stream().map(d -> "V" + d.version()).collect(Collectors.joining(", ")))), e);
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

    private MigrationException migrateFailure(MigrationSource source, RunCallback run, FlywayException e) {
        List<String> appliedBefore = run.applied();
        String before = appliedBefore.isEmpty() ? "" : " (" + appliedBefore.stream().map(v -> "V" + v)
                .collect(Collectors.joining(", ")) + " applied before it and stay applied)";
        org.flywaydb.core.api.MigrationInfo failed = run.current();
        if (failed == null) {
            return new MigrationException(redact("migrate failed for repo " + repo() + before + ": "
                    + Failures.databaseError(e)), e);
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
            what = " failed: " + Failures.databaseError(e) + (line > 0 ? " (line " + line + " of " + script + ")" : "");
            next = "fix " + script + " (it was never applied, so editing it is safe) and migrate again";
        }
        String outcome = recordedAsFailed(source, failed.getVersion())
                ? "it ran outside a transaction and is recorded as FAILED in " + FlywayStatus.HISTORY + ", so part of "
                  + "it may have been applied: repair the schema by hand, delete its row from " + FlywayStatus.HISTORY
                  + " and migrate again"
                : "it was rolled back, so schema and history are as they were before it; " + next;
        return new MigrationException(redact("migration " + label + " of repo " + repo() + what + before + "; "
                + outcome), e);
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
        try {
            return FlywayStatus.read(flyway(source, null).info(), downs);
        } catch (FlywayException e) {
            throw new MigrationException(redact("cannot read the migrations of repo " + repo() + " ("
                    + hooks.config().redactedUrl() + "): "
                    + Failures.databaseError(e)), e);
        }
    }

    private Flyway flyway(MigrationSource source, MigrationVersion target, Callback... callbacks) {
        var configuration = Flyway.configure(hooks.getClass().getClassLoader())
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
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private String repo() {
        return hooks.config().name();
    }

    private String redact(String message) {
        return Failures.redact(message, hooks.config().password());
    }
}
