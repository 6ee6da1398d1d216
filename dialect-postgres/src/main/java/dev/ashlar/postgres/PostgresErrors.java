package dev.ashlar.postgres;

import dev.ashlar.error.TimeoutException;
import dev.ashlar.sql.ConstraintError;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Classifies constraint failures by SQLSTATE (class 23), with the constraint, table and column the server names,
 * and timeouts by SQLSTATE 55P03 ({@code lock_timeout}) and 57014 ({@code statement_timeout}). Messages keep only
 * the server's primary text: its detail quotes key values and whole rows.
 */
final class PostgresErrors {
    /** The pgjdbc property that keeps the server's detail out of exception messages and the driver's logs. */
    static final String DETAIL_PROPERTY = "logServerErrorDetail";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String QUERY_CANCELED = "57014";

    private PostgresErrors() {
    }

    static Optional<TimeoutException.Wait> timeout(SQLException e) {
        if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
            return Optional.of(TimeoutException.Wait.LOCK);
        }
        // 57014 is also a cancel on request (pg_cancel_backend); only the timeout's own text is a timeout
        boolean statementTimeout = QUERY_CANCELED.equals(e.getSQLState()) && e.getMessage() != null
                && e.getMessage().contains("statement timeout");
        return statementTimeout ? Optional.of(TimeoutException.Wait.STATEMENT) : Optional.empty();
    }

    /** The server's severity and primary message, without detail, hint, position or where; else the message. */
    static String safeMessage(SQLException e) {
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (server == null || server.getMessage() == null) {
            return e.getMessage();
        }
        return (server.getSeverity() == null ? "" : server.getSeverity() + ": ") + server.getMessage();
    }

    static Optional<ConstraintError> classify(SQLException e) {
        String state = e.getSQLState();
        if (state == null || !state.startsWith("23")) {
            return Optional.empty();
        }
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String constraint = server == null ? null : server.getConstraint();
        String table = server == null ? null : server.getTable();
        List<String> columns = server == null || server.getColumn() == null ? List.of() : List.of(server.getColumn());
        ConstraintError.Kind kind = switch (state) {
            case "23505" -> ConstraintError.Kind.UNIQUE;
            case "23503" -> ConstraintError.Kind.FOREIGN_KEY;
            case "23502" -> ConstraintError.Kind.NOT_NULL;
            case "23514" -> ConstraintError.Kind.CHECK;
            default -> null;
        };
        return kind == null ? Optional.empty() : Optional.of(new ConstraintError(kind, constraint, table, columns));
    }
}
