package dev.ashlar.bench.support;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;

/**
 * The 8-column {@code item} table, declared once for Ashlar. Ashlar creates the table on both dialects, and
 * the raw JDBC and jOOQ variants use that same table (so they store values exactly as Ashlar does: on SQLite, a
 * STRICT table with UUIDs, decimals and timestamps as text).
 *
 * <p>The id is given by the caller (not generated) so that all three variants insert identical, pre-generated rows.
 * The only checks on Ashlar's side are the declaration's own: accepted attributes, type casts and required values.
 */
public final class ItemSchema {
    public static final String REPO = "main";
    public static final String TABLE = "item";

    public static final Resource ITEM = Resource.define("Item", r -> r
            .table(TABLE).repo(REPO)
            .attributes(a -> a
                    .uuid("id").primaryKey()
                    .uuid("tenant_id").required()
                    .string("name", 100).required()
                    .string("email", 200).required()
                    .enumOf("status", ItemData.STATUSES.toArray(String[]::new)).required()
                    .decimal("amount", 12, 2).required()
                    .timestamp("created_at").required()
                    .text("note"))
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY)
                    .defaultAccept("tenant_id", "name", "email", "status", "amount", "created_at", "note")
                    .create("create", c -> c.accept("id", "tenant_id", "name", "email", "status", "amount",
                            "created_at", "note"))));

    public static final Domain DOMAIN = Domain.define("bench", d -> d.resources(ITEM));

    /** Column list shared by the hand-written SQL, in declaration order. */
    public static final String COLUMNS = "id, tenant_id, name, email, status, amount, created_at, note";
    public static final String INSERT = "insert into item (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)";
    public static final String SELECT_BY_ID = "select " + COLUMNS + " from item where id = ?";
    public static final String SELECT_ALL = "select " + COLUMNS + " from item";
    public static final String UPDATE_BY_ID = "update item set status = ?, amount = ? where id = ?";
    public static final String DELETE_BY_ID = "delete from item where id = ?";

    private ItemSchema() {
    }

    /** {@code insert ... values (?, ...), (?, ...)} for {@code rows} rows. */
    public static String multiRowInsert(int rows) {
        StringBuilder sql = new StringBuilder("insert into item (").append(COLUMNS).append(") values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }
}
