package dev.ashlar.sql.migrate;

import dev.ashlar.config.Redactor;
import dev.ashlar.config.Secret;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The database's own words out of Flyway's and the driver's exception chains, with secrets removed. */
final class Failures {
    private static final Pattern FLYWAY_LINE = Pattern.compile("(?m)^Line\\s*:\\s*(\\d+)");

    private Failures() {
    }

    /** The deepest driver message in the chain (Flyway's own message when there is none). */
    static String databaseError(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                message = sql.getMessage();
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    message = message + "; " + next.getMessage();
                }
            }
        }
        String text = message != null ? message : String.valueOf(failure.getMessage());
        return text.strip().replaceAll("\\s*\\R\\s*", " "); // PostgreSQL puts "Position: 8" on a line of its own
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

    static String redact(String text, Secret password) {
        return Redactor.text(text, password);
    }
}
