package dev.ashlar.postgres;

import dev.ashlar.sql.ConstraintError;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Classifies constraint failures by SQLSTATE (class 23), with the constraint, table and column the server names. */
final class PostgresErrors {
    private PostgresErrors() {
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
