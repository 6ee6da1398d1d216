package dev.ashlar.sql.migrate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Follows one Flyway {@code migrate} run: which migration is running (so a failure can name it without Flyway's
 * internal exception types) and, in {@code afterEachMigrate} — still inside the migration's transaction — the
 * dialect's {@link MigrationHooks#check checks}. A problem throws, so Flyway rolls the migration back and records
 * no history row.
 */
final class RunCallback implements Callback {
    private final MigrationHooks hooks;
    private volatile MigrationInfo current;
    private volatile List<String> problems = List.of();
    private final List<String> applied = new ArrayList<>();

    RunCallback(MigrationHooks hooks) {
        this.hooks = hooks;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (event == Event.BEFORE_EACH_MIGRATE) {
            current = context.getMigrationInfo();
            return;
        }
        List<String> found;
        try {
            found = hooks.check(context.getConnection());
        } catch (SQLException e) {
            found = List.of("the check itself failed: " + e.getMessage());
        }
        if (!found.isEmpty()) {
            problems = List.copyOf(found);
            throw new CheckFailed(String.join("; ", found));
        }
        synchronized (applied) {
            applied.add(String.valueOf(current.getVersion()));
        }
        current = null;
    }

    @Override
    public String getCallbackName() {
        return "ashlar-migration-checks";
    }

    /** The migration that was running when the run stopped, or {@code null}. */
    MigrationInfo current() {
        return current;
    }

    /** What the dialect's checks found in the migration that failed them; empty when they passed. */
    List<String> problems() {
        return problems;
    }

    /** Versions this run applied, in order. */
    List<String> applied() {
        synchronized (applied) {
            return List.copyOf(applied);
        }
    }

    /** Thrown inside the migration's transaction so that Flyway rolls it back. */
    static final class CheckFailed extends RuntimeException {
        CheckFailed(String message) {
            super(message);
        }
    }
}
