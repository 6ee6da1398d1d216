package dev.ashlar.migration.drift;

import java.util.Locale;
import java.util.Objects;

/**
 * One way the live database differs from the schema its applied migrations made.
 *
 * @param table    the table
 * @param name     what differs inside it: a column, index, foreign key or check name; the table's name for table
 *                 and primary-key differences
 * @param expected what the migrations made, rendered for people ({@code text not null default 'x'}), or
 *                 {@code null} when the database has something extra
 * @param actual   what the database holds, or {@code null} when something is missing
 */
public record SchemaDifference(Kind kind, String table, String name, String expected, String actual) {

    /** Whether something is missing from the database, extra in it, or present but different. */
    public enum Change { MISSING, EXTRA, CHANGED }

    /** What differs. The JSON form ({@link #id()}) is the name in lower case. */
    public enum Kind {
        TABLE_MISSING("table", Change.MISSING), TABLE_EXTRA("table", Change.EXTRA),
        COLUMN_MISSING("column", Change.MISSING), COLUMN_EXTRA("column", Change.EXTRA),
        COLUMN_TYPE("type of column", Change.CHANGED), COLUMN_NULLABLE("nullability of column", Change.CHANGED),
        COLUMN_DEFAULT("default of column", Change.CHANGED),
        COLUMN_GENERATED("database generation of column", Change.CHANGED),
        PRIMARY_KEY("primary key of table", Change.CHANGED),
        INDEX_MISSING("index", Change.MISSING), INDEX_EXTRA("index", Change.EXTRA),
        INDEX_CHANGED("index", Change.CHANGED),
        FOREIGN_KEY_MISSING("foreign key", Change.MISSING), FOREIGN_KEY_EXTRA("foreign key", Change.EXTRA),
        FOREIGN_KEY_CHANGED("foreign key", Change.CHANGED),
        CHECK_MISSING("check", Change.MISSING), CHECK_EXTRA("check", Change.EXTRA),
        CHECK_CHANGED("check", Change.CHANGED);

        private final String subject;
        private final Change change;

        Kind(String subject, Change change) {
            this.subject = subject;
            this.change = change;
        }

        public Change change() {
            return change;
        }

        /** The stable id used in JSON output: {@code column_extra}, {@code foreign_key_changed}, ... */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SchemaDifference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    /** One line for people, e.g. {@code column books.notes is in the database but not in the migrations (text null)}. */
    public String describe() {
        String subject = kind.subject + " " + where();
        return switch (kind.change) {
            case MISSING -> subject + " is missing from the database (the migrations made " + expected + ")";
            case EXTRA -> subject + " is in the database but not in the migrations (" + actual + ")";
            case CHANGED -> subject + ": the migrations made " + expected + ", the database has " + actual;
        };
    }

    private String where() {
        return switch (kind) {
            case TABLE_MISSING, TABLE_EXTRA, PRIMARY_KEY -> table;
            case COLUMN_MISSING, COLUMN_EXTRA, COLUMN_TYPE, COLUMN_NULLABLE, COLUMN_DEFAULT, COLUMN_GENERATED ->
                    table + "." + name;
            default -> name + " on " + table;
        };
    }
}
