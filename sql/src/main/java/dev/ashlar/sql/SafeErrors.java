package dev.ashlar.sql;

import dev.ashlar.config.Redactor;
import dev.ashlar.config.Secret;
import dev.ashlar.error.RedactedCause;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What of a driver exception may be shown: the dialect's safe message (no row values), with the repo's secrets and
 * the sensitive values being written taken out. Drivers' exceptions are never chained as they are, only as
 * {@link RedactedCause} copies made here. Public for the migration runner ({@code dev.ashlar.sql.migrate}), which
 * redacts Flyway's chains with it.
 */
public final class SafeErrors {
    /** Shorter sensitive values are not searched for: replacing them would garble messages and reveal little. */
    private static final int SHORTEST_REDACTED_VALUE = 3;
    private final SqlDialect dialect;
    private final Set<Secret> secrets;

    public SafeErrors(SqlDialect dialect, Set<Secret> secrets) {
        this.dialect = dialect;
        this.secrets = Set.copyOf(secrets);
    }

    /** The message to show for {@code e}. */
    String message(SQLException e, Resource resource, Map<String, Object> written) {
        return redact(dialect.safeMessage(e), resource, written);
    }

    /** The message to show for {@code e}: the dialect's safe message without the repo's secrets. */
    public String message(SQLException e) {
        return message(e, null, Map.of());
    }

    /** {@code text} without URL passwords and the repo's secrets. */
    public String text(String text) {
        return redact(text, null, Map.of());
    }

    /**
     * A copy of {@code e} and its causes: driver exceptions say their safe message, every other exception what
     * {@code words} gives for it (for wrappers that quote a driver's whole message, e.g. Flyway's), both redacted.
     */
    public RedactedCause chain(Throwable e, Function<Throwable, String> words) {
        return RedactedCause.of(e, t -> t instanceof SQLException sql ? message(sql) : text(words.apply(t)));
    }

    /** A copy of {@code e} and its causes with every message made safe. */
    RedactedCause chain(Throwable e, Resource resource, Map<String, Object> written) {
        return RedactedCause.of(e, t -> t instanceof SQLException sql ? message(sql, resource, written)
                : redact(t.getMessage(), resource, written));
    }

    /** A copy of {@code e} that says only {@code what} and the SQLState: for errors whose detail names row values. */
    static RedactedCause summary(SQLException e, String what) {
        return RedactedCause.describing(e, what + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState()
                + ")"));
    }

    private String redact(String text, Resource resource, Map<String, Object> written) {
        return Redactor.text(text, sensitive(resource, written));
    }

    private Set<Secret> sensitive(Resource resource, Map<String, Object> written) {
        if (resource == null || written.isEmpty()) {
            return secrets;
        }
        Set<Secret> all = new LinkedHashSet<>(secrets);
        for (Attribute a : resource.attributes()) {
            if (a.sensitive() && written.get(a.name()) instanceof String value
                    && value.length() >= SHORTEST_REDACTED_VALUE) {
                all.add(Secret.of(value));
            }
        }
        return all;
    }
}
