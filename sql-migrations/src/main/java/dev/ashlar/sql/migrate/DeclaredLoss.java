package dev.ashlar.sql.migrate;

import dev.ashlar.migration.spi.DataLoss;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code -- destructive:} line of a down script's header, read back into what it touches. The lines are the
 * operations' own descriptions ({@code drop table books}, {@code drop column authors.country},
 * {@code alter column books.pages (text null -> integer null)}); a line in another form cannot be counted.
 */
record DeclaredLoss(DataLoss.Kind kind, String table, String column) {
    private static final Pattern DROP_TABLE = Pattern.compile("drop table ([^\\s.]+)");
    private static final Pattern DROP_COLUMN = Pattern.compile("drop column ([^\\s.]+)\\.(\\S+)");
    private static final Pattern ALTER_COLUMN = Pattern.compile("alter column ([^\\s.]+)\\.(\\S+) \\(.*\\)");

    static Optional<DeclaredLoss> parse(String line) {
        Matcher m = DROP_TABLE.matcher(line);
        if (m.matches()) {
            return Optional.of(new DeclaredLoss(DataLoss.Kind.TABLE_ROWS, m.group(1), null));
        }
        m = DROP_COLUMN.matcher(line);
        if (m.matches()) {
            return Optional.of(new DeclaredLoss(DataLoss.Kind.COLUMN_VALUES, m.group(1), m.group(2)));
        }
        m = ALTER_COLUMN.matcher(line);
        if (m.matches()) {
            return Optional.of(new DeclaredLoss(DataLoss.Kind.CONVERTED_VALUES, m.group(1), m.group(2)));
        }
        return Optional.empty();
    }

    /** Counts what is there to lose: the table's rows, or the column's non-null values. */
    String countQuery() {
        String from = "select count(*) from " + quote(table);
        return column == null ? from : from + " where " + quote(column) + " is not null";
    }

    /** Standard SQL quoting, the same on PostgreSQL and SQLite. */
    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
