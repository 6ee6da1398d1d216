package dev.ashlar.sql;

import dev.ashlar.config.DurationText;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.config.Timeouts;
import dev.ashlar.error.AshlarException;
import dev.ashlar.error.CheckViolationException;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.error.ForeignKeyViolationException;
import dev.ashlar.error.NotNullViolationException;
import dev.ashlar.error.RedactedCause;
import dev.ashlar.error.TimeoutException;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.IndexDefinition;
import dev.ashlar.resource.Relationship;
import dev.ashlar.resource.Resource;
import dev.ashlar.schema.SchemaBuilder;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns driver exceptions into Ashlar's typed errors, naming the identity or relationship concerned. Where the
 * database gives no constraint name (SQLite), the columns it names, or the columns the write touched, decide.
 */
final class ErrorTranslator {
    private final SqlDialect dialect;
    private final String repo;
    private final Timeouts timeouts;
    private final SafeErrors safe;

    /** What was being done when the error happened. */
    record Context(Resource resource, Operation operation, Map<String, Object> written) {
        static Context of(Resource resource, Operation operation) {
            return new Context(resource, operation, Map.of());
        }
    }

    enum Operation { INSERT, UPDATE, DELETE, SELECT, DDL, TRANSACTION }

    ErrorTranslator(SqlDialect dialect, RepoConfig config) {
        this.dialect = dialect;
        this.repo = config.name();
        this.timeouts = config.timeouts();
        this.safe = new SafeErrors(dialect, config.secrets());
    }

    /**
     * The typed error for {@code failure}. Its cause is never the driver's exception: constraint violations and
     * timeouts chain a summary (class, SQLState, constraint), other errors a copy with every message made safe.
     */
    AshlarException translate(SQLException failure, Context context) {
        Resource r = context.resource();
        String what = r == null ? context.operation().name().toLowerCase()
                : context.operation().name().toLowerCase() + " on " + r.name();
        Optional<TimeoutException.Wait> timeout = failure instanceof SQLTransientConnectionException
                ? Optional.of(TimeoutException.Wait.CONNECTION) : dialect.timeout(failure);
        if (timeout.isPresent()) {
            return timeout(timeout.get(), what, failure, context);
        }
        Optional<ConstraintError> constraint = dialect.constraintError(failure);
        if (constraint.isEmpty() || r == null) {
            return new DataLayerException(dialect.id() + ": " + what + " failed: "
                    + safe.message(failure, r, context.written()), safe.chain(failure, r, context.written()));
        }
        ConstraintError c = constraint.get();
        RedactedCause e = SafeErrors.summary(failure, c.kind().name().toLowerCase().replace('_', ' ')
                + " constraint " + (c.name() == null ? "" : c.name() + " ") + "failed"
                + (c.table() == null ? "" : " on " + c.table()) + (c.columns().isEmpty() ? "" : " " + c.columns()));
        return switch (c.kind()) {
            case UNIQUE -> unique(r, c, e);
            case FOREIGN_KEY -> foreignKey(r, c, context, e);
            case NOT_NULL -> new NotNullViolationException(r.name(), c.columns().isEmpty() ? "?" : c.columns().get(0), e);
            case CHECK -> new CheckViolationException(r.name(), c.name() == null ? "?" : c.name(), e);
        };
    }

    private TimeoutException timeout(TimeoutException.Wait wait, String what, SQLException failure, Context context) {
        String said = safe.message(failure, context.resource(), context.written());
        return switch (wait) {
            case LOCK -> new TimeoutException(wait, timeouts.lock(), "repo " + repo + ": " + what
                    + " waited longer than lock-timeout (" + DurationText.format(timeouts.lock()) + ") for a lock "
                    + "another transaction holds (" + said + "); make that transaction shorter or raise lock-timeout "
                    + "in the repo's config", SafeErrors.summary(failure, said));
            case STATEMENT -> new TimeoutException(wait, timeouts.statement(), "repo " + repo + ": " + what
                    + " ran longer than statement-timeout (" + DurationText.format(timeouts.statement()) + ") and was "
                    + "cancelled; make it cheaper or raise statement-timeout in the repo's config",
                    SafeErrors.summary(failure, said));
            case CONNECTION -> new TimeoutException(wait, null, "repo " + repo + ": " + what + " waited too long for "
                    + "a connection from the pool (" + said + "); raise pool-size in the repo's config or hold "
                    + "connections for less time", safe.chain(failure, context.resource(), context.written()));
        };
    }

    private static UniqueViolationException unique(Resource r, ConstraintError c, RedactedCause e) {
        List<String> pk = r.primaryKey().stream().map(Attribute::name).toList();
        if (c.name() != null) {
            for (Identity i : r.identities()) {
                if (SchemaBuilder.indexName(r.table(), i.name()).equals(c.name())) {
                    return new UniqueViolationException(r.name(), i.name(), i.keys(), e);
                }
            }
            if (c.name().equals(r.table() + "_pkey")) {
                return new UniqueViolationException(r.name(), "primary_key", pk, e);
            }
            for (IndexDefinition index : r.indexes()) {
                if (index.unique() && index.name().equals(c.name())) {
                    return new UniqueViolationException(r.name(), index.name(), index.columns(), e);
                }
            }
        }
        if (!c.columns().isEmpty()) {
            for (Identity i : r.identities()) {
                if (new HashSet<>(i.keys()).equals(new HashSet<>(c.columns()))) {
                    return new UniqueViolationException(r.name(), i.name(), i.keys(), e);
                }
            }
            if (new HashSet<>(pk).equals(new HashSet<>(c.columns()))) {
                return new UniqueViolationException(r.name(), "primary_key", pk, e);
            }
            for (IndexDefinition index : r.indexes()) {
                if (index.unique() && new HashSet<>(index.columns()).equals(new HashSet<>(c.columns()))) {
                    return new UniqueViolationException(r.name(), index.name(), index.columns(), e);
                }
            }
        }
        String name = c.name() != null ? c.name() : "unknown";
        return new UniqueViolationException(r.name(), name, c.columns(), e);
    }

    private static ForeignKeyViolationException foreignKey(Resource r, ConstraintError c, Context context,
                                                           RedactedCause e) {
        boolean childSide = context.operation() == Operation.INSERT || context.operation() == Operation.UPDATE;
        if (c.name() != null && c.table() != null && !c.table().equals(r.table())) {
            childSide = false; // the failing key belongs to another table: rows there still point at this one
        }
        if (!childSide) {
            return new ForeignKeyViolationException(r.name() + ": cannot " + context.operation().name().toLowerCase()
                    + " this row: rows of " + (c.table() != null && !c.table().equals(r.table()) ? c.table()
                    : "another table") + " still refer to it", r.name(), null, List.of(), e);
        }
        for (Relationship rel : r.relationships()) {
            if (rel instanceof Relationship.BelongsTo b && matches(r, b, c, context)) {
                return new ForeignKeyViolationException(r.name() + "." + b.attribute() + " refers to a "
                        + b.destination() + " that does not exist (relationship " + b.name() + ")", r.name(),
                        b.name(), List.of(b.attribute()), e);
            }
        }
        return new ForeignKeyViolationException(r.name() + ": a foreign key refers to a row that does not exist",
                r.name(), null, c.columns(), e);
    }

    /** By constraint name when there is one; else the single belongs-to whose attribute the write set. */
    private static boolean matches(Resource r, Relationship.BelongsTo b, ConstraintError c, Context context) {
        if (c.name() != null) {
            return c.name().equals(r.table() + "_" + b.attribute() + "_fkey");
        }
        long written = r.relationships().stream().filter(x -> x instanceof Relationship.BelongsTo bt
                && context.written().get(bt.attribute()) != null).count();
        return written == 1 && context.written().get(b.attribute()) != null;
    }
}
