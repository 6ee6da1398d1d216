package dev.ashlar.sqlite.migration;

import static dev.ashlar.tck.support.Tables.column;
import static dev.ashlar.tck.support.Tables.foreignKey;
import static dev.ashlar.tck.support.Tables.index;
import static dev.ashlar.tck.support.Tables.table;
import static dev.ashlar.tck.support.Tables.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationOperation.AddCheck;
import dev.ashlar.migration.spi.MigrationOperation.AddColumn;
import dev.ashlar.migration.spi.MigrationOperation.AddIndex;
import dev.ashlar.migration.spi.MigrationOperation.AlterColumn;
import dev.ashlar.migration.spi.MigrationOperation.ChangePrimaryKey;
import dev.ashlar.migration.spi.MigrationOperation.DropColumn;
import dev.ashlar.migration.spi.MigrationOperation.DropIndex;
import dev.ashlar.migration.spi.MigrationOperation.RenameColumn;
import dev.ashlar.migration.spi.MigrationOperation.RenameTable;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.TableModel;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each scenario: create the before state, insert rows, apply the planned migration in one transaction with foreign
 * keys off (then {@code foreign_key_check}), check the schema and the rows, apply the down plan, check again.
 */
class SqliteMigrationPlannerTest {
    static final ColumnModel NAME = column("name", AttributeType.text(), true);
    static final TableModel PRODUCTS = table("products").id().with(NAME).build();

    @TempDir
    Path dir;
    SqliteMigrationDb db;

    @BeforeEach
    void open() throws SQLException {
        db = new SqliteMigrationDb(dir);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private void productsWithRows() throws SQLException {
        db.create(PRODUCTS);
        db.exec("insert into products (id, name) values (1, 'Tea'), (2, null)");
    }

    private static SchemaModel schema(TableModel... tables) {
        return SchemaModel.of(List.of(tables));
    }

    private static boolean rebuilds(List<String> sql, String table) {
        return sql.stream().anyMatch(s -> s.startsWith("create table `new_" + table + "`"));
    }

    @Test
    void addsNullableColumnNativelyAndDropsItOnTheWayDown() throws SQLException {
        productsWithRows();
        ColumnModel note = column("note", AttributeType.text(), true);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(NAME).with(note).build());
        List<MigrationOperation> ops = List.of(new AddColumn("products", note, null));

        List<String> up = db.up(before, after, ops);

        assertThat(rebuilds(up, "products")).isFalse();
        assertThat(db.columns("products")).containsOnlyKeys("id", "name", "note");
        assertThat(db.columns("products").get("note").notNull()).isFalse();
        assertThat(db.rows("select id, name, note from products order by id"))
                .containsExactly(nullList(1L, "Tea", null), nullList(2L, null, null));

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.rows("select id, name from products order by id")).containsExactly(List.of(1L, "Tea"), nullList(2L, null));
    }

    @Test
    void addsNullableColumnWithBackfillFillingExistingRowsOnly() throws SQLException {
        productsWithRows();
        ColumnModel origin = column("origin", AttributeType.text(), true);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(NAME).with(origin).build());

        List<String> up = db.up(before, after, List.of(new AddColumn("products", origin, "unknown")));

        assertThat(rebuilds(up, "products")).isFalse();
        db.exec("insert into products (id) values (3)");
        assertThat(db.rows("select id, origin from products order by id"))
                .containsExactly(List.of(1L, "unknown"), List.of(2L, "unknown"), nullList(3L, null));
    }

    @Test
    void addsRequiredColumnWithDefaultGivingExistingRowsTheDefault() throws SQLException {
        productsWithRows();
        ColumnModel stock = column("stock", AttributeType.integer(), false, 0L);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(NAME).with(stock).build());
        List<MigrationOperation> ops = List.of(new AddColumn("products", stock, null));

        db.up(before, after, ops);

        assertThat(db.columns("products").get("stock").notNull()).isTrue();
        assertThat(db.columns("products").get("stock").defaultSql()).contains("0");
        assertThat(db.rows("select id, stock from products order by id")).containsExactly(List.of(1L, 0L), List.of(2L, 0L));
        db.exec("insert into products (id) values (3)");
        assertThat(db.rows("select stock from products where id = 3")).containsExactly(List.of(0L));

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.rows("select count(*) from products")).containsExactly(List.of(3L));
    }

    @Test
    void addsRequiredColumnsWithBackfillsStoredAsTheDialectStoresValues() throws SQLException {
        productsWithRows();
        UUID ref = UUID.fromString("0b5e6a3c-1f7e-4c55-9d0e-2a9b3c4d5e6f");
        ColumnModel price = column("price", AttributeType.decimal(12, 2), false);
        ColumnModel addedAt = column("added_at", AttributeType.timestamp(), false);
        ColumnModel active = column("active", AttributeType.bool(), false);
        ColumnModel reference = column("reference", AttributeType.uuid(), false);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(NAME).with(price).with(addedAt).with(active)
                .with(reference).build());
        List<MigrationOperation> ops = List.of(
                new AddColumn("products", price, "9.9"),
                new AddColumn("products", addedAt, Instant.parse("2026-01-02T03:04:05Z")),
                new AddColumn("products", active, true),
                new AddColumn("products", reference, ref));

        List<String> up = db.up(before, after, ops);

        assertThat(up.stream().filter(s -> s.startsWith("create table `new_products`"))).hasSize(1);
        assertThat(db.columns("products").values()).filteredOn(c -> !c.name().equals("id") && !c.name().equals("name"))
                .allSatisfy(c -> {
                    assertThat(c.notNull()).as(c.name()).isTrue();
                    assertThat(c.defaultSql()).as(c.name()).isNull();
                });
        assertThat(db.rows("select id, price, typeof(price), added_at, active, reference from products order by id"))
                .containsExactly(
                        List.of(1L, "9.90", "text", "2026-01-02T03:04:05.000000Z", 1L, ref.toString()),
                        List.of(2L, "9.90", "text", "2026-01-02T03:04:05.000000Z", 1L, ref.toString()));
        assertThatThrownBy(() -> db.exec("update products set active = 2")).hasMessageContaining("CHECK");
        assertThatThrownBy(() -> db.exec("insert into products (id, name) values (3, 'x')"))
                .hasMessageContaining("NOT NULL");

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.rows("select id, name from products order by id")).containsExactly(List.of(1L, "Tea"), nullList(2L, null));
    }

    @Test
    void makesNullableColumnRequiredReplacingNullsWithTheBackfill() throws SQLException {
        productsWithRows();
        ColumnModel required = column("name", AttributeType.text(), false);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(required).build());
        List<MigrationOperation> ops = List.of(new AlterColumn("products", NAME, required, "unnamed"));

        db.up(before, after, ops);

        assertThat(db.columns("products").get("name").notNull()).isTrue();
        assertThat(db.rows("select id, name from products order by id"))
                .containsExactly(List.of(1L, "Tea"), List.of(2L, "unnamed"));

        db.down(before, after, ops);

        assertThat(db.columns("products").get("name").notNull()).isFalse();
        assertThat(db.rows("select id, name from products order by id"))
                .containsExactly(List.of(1L, "Tea"), List.of(2L, "unnamed"));
        db.exec("insert into products (id, name) values (3, null)");
    }

    @Test
    void makesColumnRequiredFillingNullsWithItsNewDefaultWhenThereIsNoBackfill() throws SQLException {
        productsWithRows();
        ColumnModel required = column("name", AttributeType.text(), false, "n/a");
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(required).build());
        List<MigrationOperation> ops = List.of(new AlterColumn("products", NAME, required, null));

        db.up(before, after, ops);

        assertThat(db.rows("select id, name from products order by id"))
                .containsExactly(List.of(1L, "Tea"), List.of(2L, "n/a"));
        assertThat(db.columns("products").get("name").defaultSql()).contains("n/a");

        db.down(before, after, ops);

        assertThat(db.columns("products").get("name")).satisfies(c -> {
            assertThat(c.notNull()).isFalse();
            assertThat(c.defaultSql()).isNull();
        });
    }

    @Test
    void renamesColumnNativelyKeepingItsIndex() throws SQLException {
        TableModel indexed = table("products").id().with(NAME).with(index("products_name_index", "name")).build();
        db.create(indexed);
        db.exec("insert into products (id, name) values (1, 'Tea'), (2, null)");
        SchemaModel before = schema(indexed);
        SchemaModel after = schema(table("products").id().with(column("title", AttributeType.text(), true))
                .with(index("products_name_index", "title")).build());
        List<MigrationOperation> ops = List.of(new RenameColumn("products", "name", "title"));

        List<String> up = db.up(before, after, ops);

        assertThat(up).containsExactly("alter table `products` rename column `name` to `title`");
        assertThat(db.columns("products")).containsOnlyKeys("id", "title");
        assertThat(db.indexes("products").get("products_name_index")).containsPattern("[`\"]title[`\"]");
        assertThat(db.rows("select id, title from products order by id")).containsExactly(List.of(1L, "Tea"), nullList(2L, null));

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.indexes("products").get("products_name_index")).containsPattern("[`\"]name[`\"]");
        assertThat(db.rows("select id, name from products order by id")).containsExactly(List.of(1L, "Tea"), nullList(2L, null));
    }

    @Test
    void changesIntegerToTextAndTextToIntegerKeepingValues() throws SQLException {
        ColumnModel codeInt = column("code", AttributeType.integer(), true);
        ColumnModel codeText = column("code", AttributeType.text(), true);
        ColumnModel qtyText = column("qty", AttributeType.text(), true);
        ColumnModel qtyInt = column("qty", AttributeType.integer(), true);
        TableModel start = table("items").id().with(codeInt).with(qtyText).build();
        db.create(start);
        db.exec("insert into items (id, code, qty) values (1, 42, '7'), (2, null, null)");
        SchemaModel before = schema(start);
        SchemaModel after = schema(table("items").id().with(codeText).with(qtyInt).build());
        List<MigrationOperation> ops = List.of(new AlterColumn("items", codeInt, codeText, null),
                new AlterColumn("items", qtyText, qtyInt, null));

        db.up(before, after, ops);

        assertThat(db.columns("items").get("code").type()).isEqualTo("TEXT");
        assertThat(db.columns("items").get("qty").type()).isEqualTo("INTEGER");
        assertThat(db.rows("select id, code, typeof(code), qty, typeof(qty) from items order by id")).containsExactly(
                List.of(1L, "42", "text", 7L, "integer"), nullList(2L, null, "null", null, "null"));

        db.down(before, after, ops);

        assertThat(db.rows("select id, code, typeof(code), qty, typeof(qty) from items order by id")).containsExactly(
                List.of(1L, 42L, "integer", "7", "text"), nullList(2L, null, "null", null, "null"));
    }

    @Test
    void refusesToTurnTextThatIsNoNumberIntoAnInteger() throws SQLException {
        ColumnModel qtyText = column("qty", AttributeType.text(), true);
        ColumnModel qtyInt = column("qty", AttributeType.integer(), true);
        TableModel start = table("items").id().with(qtyText).build();
        db.create(start);
        db.exec("insert into items (id, qty) values (1, 'seven')");

        assertThatThrownBy(() -> db.up(schema(start), schema(table("items").id().with(qtyInt).build()),
                List.of(new AlterColumn("items", qtyText, qtyInt, null)))).isInstanceOf(SQLException.class);

        assertThat(db.columns("items").get("qty").type()).isEqualTo("TEXT");
        assertThat(db.rows("select qty from items")).containsExactly(List.of("seven"));
    }

    @Test
    void addsCaseInsensitiveIdentityAsLowerUniqueIndexAndDropsIt() throws SQLException {
        ColumnModel email = column("email", AttributeType.ciString(), true);
        TableModel users = table("users").id().with(email).build();
        db.create(users);
        db.exec("insert into users (id, email) values (1, 'Ann@Example.com')");
        var identity = unique("users_unique_email_index", "email", true);
        SchemaModel before = schema(users);
        SchemaModel after = schema(table("users").id().with(email).with(identity).build());
        List<MigrationOperation> ops = List.of(new AddIndex("users", identity));

        db.up(before, after, ops);

        assertThat(db.indexes("users").get("users_unique_email_index")).contains("UNIQUE").contains("lower(`email`)");
        assertThatThrownBy(() -> db.exec("insert into users (id, email) values (2, 'ann@example.COM')"))
                .hasMessageContaining("UNIQUE");

        db.down(before, after, ops);

        assertThat(db.indexes("users")).isEmpty();
        db.exec("insert into users (id, email) values (2, 'ann@example.COM')");
    }

    @Test
    void dropsPlainColumnNatively() throws SQLException {
        ColumnModel note = column("note", AttributeType.text(), true);
        TableModel start = table("products").id().with(NAME).with(note).build();
        db.create(start);
        db.exec("insert into products (id, name, note) values (1, 'Tea', 'green')");
        SchemaModel before = schema(start);
        SchemaModel after = schema(PRODUCTS);
        List<MigrationOperation> ops = List.of(new DropColumn("products", note));

        List<String> up = db.up(before, after, ops);

        assertThat(up).containsExactly("alter table `products` drop `note`");
        assertThat(db.columns("products")).containsOnlyKeys("id", "name");

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name", "note");
        assertThat(db.rows("select id, name, note from products")).containsExactly(nullList(1L, "Tea", null));
    }

    @Test
    void dropsIndexedColumnAfterItsIndexAndRestoresBothOnTheWayDown() throws SQLException {
        ColumnModel sku = column("sku", AttributeType.string(20), true);
        TableModel start = table("products").id().with(NAME).with(sku).with(unique("products_sku_index", "sku", false))
                .build();
        db.create(start);
        db.exec("insert into products (id, name, sku) values (1, 'Tea', 'T-1'), (2, 'Coffee', 'C-1')");
        SchemaModel before = schema(start);
        SchemaModel after = schema(PRODUCTS);
        List<MigrationOperation> ops = List.of(new DropIndex("products", start.indexes().getFirst()),
                new DropColumn("products", sku));

        db.up(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.indexes("products")).isEmpty();

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name", "sku");
        assertThat(db.indexes("products")).containsOnlyKeys("products_sku_index");
        assertThat(db.rows("select id, name from products order by id"))
                .containsExactly(List.of(1L, "Tea"), List.of(2L, "Coffee"));
    }

    @Test
    void dropsIndexedColumnWhoseIndexIsStillThereByRebuildingTheTable() throws SQLException {
        ColumnModel sku = column("sku", AttributeType.string(20), true);
        TableModel start = table("products").id().with(NAME).with(sku).with(index("products_sku_index", "sku"))
                .build();
        db.create(start);
        db.exec("insert into products (id, name, sku) values (1, 'Tea', 'T-1')");

        List<String> up = db.up(schema(start), schema(PRODUCTS), List.of(new DropColumn("products", sku)));

        assertThat(rebuilds(up, "products")).isTrue();
        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.indexes("products")).isEmpty();
        assertThat(db.rows("select id, name from products")).containsExactly(List.of(1L, "Tea"));
    }

    @Test
    void dropsBooleanColumnByRebuildBecauseOfItsStorageCheck() throws SQLException {
        ColumnModel active = column("active", AttributeType.bool(), true);
        TableModel start = table("products").id().with(NAME).with(active).build();
        db.create(start);
        db.exec("insert into products (id, name, active) values (1, 'Tea', 1), (2, 'Coffee', 0)");
        SchemaModel before = schema(start);
        SchemaModel after = schema(PRODUCTS);
        List<MigrationOperation> ops = List.of(new DropColumn("products", active));

        List<String> up = db.up(before, after, ops);

        assertThat(rebuilds(up, "products")).isTrue();
        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.tableSql("products")).doesNotContain("active");

        List<String> down = db.down(before, after, ops);

        assertThat(rebuilds(down, "products")).isTrue();
        assertThat(db.columns("products")).containsOnlyKeys("id", "name", "active");
        assertThatThrownBy(() -> db.exec("update products set active = 5")).hasMessageContaining("CHECK");
        assertThat(db.rows("select id, name, active from products order by id"))
                .containsExactly(nullList(1L, "Tea", null), nullList(2L, "Coffee", null));
    }

    @Test
    void renamesTableSoThatChildForeignKeysFollow() throws SQLException {
        TableModel lines = table("order_lines").id().with(column("product_id", AttributeType.integer(), false))
                .with(foreignKey("order_lines_product_id_fkey", "product_id", "products", ForeignKeyAction.CASCADE))
                .build();
        productsWithRows();
        db.create(lines);
        db.exec("insert into order_lines (id, product_id) values (10, 1), (11, 2)");
        TableModel items = table("items").id().with(NAME).build();
        TableModel linesAfter = table("order_lines").id().with(column("product_id", AttributeType.integer(), false))
                .with(foreignKey("order_lines_product_id_fkey", "product_id", "items", ForeignKeyAction.CASCADE))
                .build();
        SchemaModel before = schema(PRODUCTS, lines);
        SchemaModel after = schema(items, linesAfter);
        List<MigrationOperation> ops = List.of(new RenameTable("products", "items"));

        db.up(before, after, ops);

        assertThat(db.tableNames()).containsExactly("items", "order_lines");
        assertThat(db.foreignKeys("order_lines")).extracting(SqliteMigrationDb.ForeignKey::table).containsExactly("items");
        assertThat(db.rows("select id, name from items order by id")).containsExactly(List.of(1L, "Tea"), nullList(2L, null));

        db.down(before, after, ops);

        assertThat(db.tableNames()).containsExactly("order_lines", "products");
        assertThat(db.foreignKeys("order_lines")).extracting(SqliteMigrationDb.ForeignKey::table)
                .containsExactly("products");
        assertThat(db.rows("select count(*) from order_lines")).containsExactly(List.of(2L));
    }

    @Test
    void changesPrimaryKeyByRebuild() throws SQLException {
        ColumnModel user = column("user_id", AttributeType.integer(), false);
        ColumnModel group = column("group_id", AttributeType.integer(), false);
        TableModel start = table("memberships").with(user).with(group).primaryKey("user_id").build();
        db.create(start);
        db.exec("insert into memberships (user_id, group_id) values (1, 10), (2, 10)");
        SchemaModel before = schema(start);
        SchemaModel after = schema(table("memberships").with(user).with(group).primaryKey("user_id", "group_id").build());
        List<MigrationOperation> ops = List.of(
                new ChangePrimaryKey("memberships", List.of("user_id"), List.of("user_id", "group_id")));

        db.up(before, after, ops);

        assertThat(db.columns("memberships").values()).extracting(SqliteMigrationDb.Column::pk).containsExactly(1, 2);
        db.exec("insert into memberships (user_id, group_id) values (1, 20)");
        assertThat(db.rows("select user_id, group_id from memberships order by user_id, group_id"))
                .containsExactly(List.of(1L, 10L), List.of(1L, 20L), List.of(2L, 10L));
        db.exec("delete from memberships where group_id = 20");

        db.down(before, after, ops);

        assertThat(db.columns("memberships").values()).extracting(SqliteMigrationDb.Column::pk).containsExactly(1, 0);
        assertThat(db.rows("select count(*) from memberships")).containsExactly(List.of(2L));
    }

    @Test
    void addsAndDropsChecks() throws SQLException {
        ColumnModel stock = column("stock", AttributeType.integer(), true);
        ColumnModel kind = column("kind", AttributeType.enumOf("tea", "coffee"), true);
        TableModel start = table("products").id().with(stock).with(kind).build();
        db.create(start);
        db.exec("insert into products (id, stock, kind) values (1, 5, 'tea')");
        CheckModel positive = CheckModel.sql("products_stock_positive", "\"stock\" >= 0");
        CheckModel kinds = CheckModel.oneOf("products_kind_check", "kind", List.of("tea", "coffee"));
        SchemaModel before = schema(start);
        SchemaModel after = schema(table("products").id().with(stock).with(kind).with(positive).with(kinds).build());
        List<MigrationOperation> ops = List.of(new AddCheck("products", positive), new AddCheck("products", kinds));

        List<String> up = db.up(before, after, ops);

        assertThat(up.stream().filter(s -> s.startsWith("create table `new_products`"))).hasSize(1);
        assertThatThrownBy(() -> db.exec("insert into products (id, stock) values (2, -1)")).hasMessageContaining("CHECK");
        assertThatThrownBy(() -> db.exec("insert into products (id, kind) values (2, 'cocoa')"))
                .hasMessageContaining("CHECK");

        db.down(before, after, ops);

        db.exec("insert into products (id, stock, kind) values (2, -1, 'cocoa')");
        assertThat(db.rows("select id, stock, kind from products order by id"))
                .containsExactly(List.of(1L, 5L, "tea"), List.of(2L, -1L, "cocoa"));
    }

    /** A list that may hold nulls (List.of refuses them). */
    static List<Object> nullList(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
