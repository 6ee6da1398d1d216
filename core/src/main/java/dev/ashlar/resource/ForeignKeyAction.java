package dev.ashlar.resource;

/** What the database does to referencing rows when the referenced row is deleted or its key updated. */
public enum ForeignKeyAction {
    CASCADE("cascade"), SET_NULL("set null"), RESTRICT("restrict"), NO_ACTION("no action");

    private final String sql;

    ForeignKeyAction(String sql) {
        this.sql = sql;
    }

    /** The SQL words, identical in PostgreSQL and SQLite. */
    public String sql() {
        return sql;
    }
}
