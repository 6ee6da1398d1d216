package dev.ashlar.sql.migrate;

import dev.ashlar.error.RedactedCause;
import dev.ashlar.sql.SafeErrors;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a migration run may say of a failure: the database's own words out of Flyway's and the driver's exception
 * chains (the dialect's safe message, e.g. PostgreSQL's without its detail, and the SQLState), and a redacted copy
 * of the chain to attach as the cause. Flyway's exceptions quote the driver's whole message and the failing
 * statement, either of which can hold row values, so only their first line (e.g. "Script V2__x.sql failed") is kept.
 */
final class Failures {
    private static final Pattern FLYWAY_LINE = Pattern.compile("(?m)^Line\\s*:\\s*(\\d+)");
    private final SafeErrors safe;

    Failures(MigrationHooks hooks) {
        this.safe = new SafeErrors(hooks.dialect(), hooks.config().secrets());
    }

    /** The deepest driver message in the chain, with its SQLState (Flyway's own first line when there is none). */
    String databaseError(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                message = said(sql);
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    message = message + "; " + said(next);
                }
            }
        }
        String text = message != null ? message : firstLine(failure);
        return text.strip().replaceAll("\\s*\\R\\s*", " "); // PostgreSQL puts "Position: 8" on a line of its own
    }

    private String said(SQLException e) {
        return safe.message(e) + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")");
    }

    /** A copy of {@code failure} and its causes that can be chained and printed: see the class comment. */
    RedactedCause cause(Throwable failure) {
        return safe.chain(failure, Failures::firstLine);
    }

    /** {@code text} without URL passwords and the repo's secrets. */
    String redact(String text) {
        return safe.text(text);
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage();
        return message == null ? null : message.strip().lines().findFirst().orElse("");
    }

    /** The failing line Flyway reports in its message, or {@code -1}. */
    static int line(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            Matcher m = FLYWAY_LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }
}
