package dev.ashlar.sqlite;

import dev.ashlar.error.TimeoutException;
import dev.ashlar.sql.ConstraintError;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Classifies SQLite constraint failures by extended result code. SQLite names no constraint for unique and
 * foreign-key failures: unique messages list {@code table.column}s (or {@code index 'name'} for expression
 * indexes), foreign-key messages say nothing at all.
 */
final class SqliteErrors {
    private static final Pattern FAILED = Pattern.compile("constraint failed: (.*?)\\)?$");
    private static final Pattern INDEX = Pattern.compile("index '([^']+)'");

    private SqliteErrors() {
    }

    /** {@code SQLITE_BUSY}: another connection kept the database locked for longer than {@code busy_timeout}. */
    static Optional<TimeoutException.Wait> timeout(SQLException e) {
        return e instanceof SQLiteException sqlite && sqlite.getResultCode().name().startsWith("SQLITE_BUSY")
                ? Optional.of(TimeoutException.Wait.LOCK) : Optional.empty();
    }

    static Optional<ConstraintError> classify(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return Optional.empty();
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        String detail = detail(e.getMessage());
        return switch (code) {
            case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> Optional.of(unique(detail));
            case SQLITE_CONSTRAINT_FOREIGNKEY -> Optional.of(foreignKey());
            // ON DELETE/UPDATE RESTRICT is enforced by an internal trigger, reported as a trigger failure
            case SQLITE_CONSTRAINT_TRIGGER -> e.getMessage() != null
                    && e.getMessage().contains("FOREIGN KEY constraint failed")
                    ? Optional.of(foreignKey()) : Optional.empty();
            case SQLITE_CONSTRAINT_NOTNULL -> Optional.of(columns(ConstraintError.Kind.NOT_NULL, detail));
            case SQLITE_CONSTRAINT_CHECK ->
                    Optional.of(new ConstraintError(ConstraintError.Kind.CHECK, detail, null, List.of()));
            default -> Optional.empty();
        };
    }

    private static ConstraintError foreignKey() {
        return new ConstraintError(ConstraintError.Kind.FOREIGN_KEY, null, null, List.of());
    }

    private static ConstraintError unique(String detail) {
        Matcher index = INDEX.matcher(detail);
        if (index.find()) {
            return new ConstraintError(ConstraintError.Kind.UNIQUE, index.group(1), null, List.of());
        }
        return columns(ConstraintError.Kind.UNIQUE, detail);
    }

    /** {@code t.a, t.b} into table {@code t} and columns {@code [a, b]}. */
    private static ConstraintError columns(ConstraintError.Kind kind, String detail) {
        String table = null;
        List<String> columns = new ArrayList<>();
        for (String part : detail.split(",")) {
            String qualified = part.trim();
            int dot = qualified.lastIndexOf('.');
            if (dot > 0) {
                table = qualified.substring(0, dot);
                columns.add(qualified.substring(dot + 1));
            }
        }
        return new ConstraintError(kind, null, table, columns);
    }

    private static String detail(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = FAILED.matcher(message.trim());
        return m.find() ? m.group(1).trim() : "";
    }
}
