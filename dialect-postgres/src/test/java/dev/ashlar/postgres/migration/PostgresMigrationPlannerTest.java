package dev.ashlar.postgres.migration;

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
import dev.ashlar.migration.spi.MigrationOperation.AddForeignKey;
import dev.ashlar.migration.spi.MigrationOperation.AddIndex;
import dev.ashlar.migration.spi.MigrationOperation.AlterColumn;
import dev.ashlar.migration.spi.MigrationOperation.ChangePrimaryKey;
import dev.ashlar.migration.spi.MigrationOperation.DropColumn;
import dev.ashlar.migration.spi.MigrationOperation.DropForeignKey;
import dev.ashlar.migration.spi.MigrationOperation.DropIndex;
import dev.ashlar.migration.spi.MigrationOperation.RenameColumn;
import dev.ashlar.migration.spi.MigrationOperation.RenameTable;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each scenario: create the before state in a fresh schema, insert rows, apply the planned migration in one
 * transaction, check catalogs and rows, apply the down plan, check again.
 */
class PostgresMigrationPlannerTest {
    static final ColumnModel NAME = column("name", AttributeType.text(), true);
    static final TableModel PRODUCTS = table("products").id().with(NAME).build();

    PostgresMigrationDb db;

    @BeforeEach
    void open() throws SQLException {
        db = new PostgresMigrationDb();
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

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void addsNullableColumnAndDropsItOnTheWayDown() throws SQLException {
        productsWithRows();
        ColumnModel note = column("note", AttributeType.text(), true);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(NAME).with(note).build());
        List<MigrationOperation> ops = List.of(new AddColumn("products", note, null));

        db.up(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name", "note");
        assertThat(db.columns("products").get("note").notNull()).isFalse();
        assertThat(db.rows("select id, name, note from products order by id"))
                .containsExactly(row(1L, "Tea", null), row(2L, null, null));

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.rows("select id, name from products order by id")).containsExactly(row(1L, "Tea"), row(2L, null));
    }

    @Test
    void addsNullableColumnWithBackfillFillingExistingRowsOnly() throws SQLException {
        productsWithRows();
        ColumnModel origin = column("origin", AttributeType.text(), true);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(NAME).with(origin).build());

        db.up(before, after, List.of(new AddColumn("products", origin, "unknown")));

        assertThat(db.columns("products").get("origin").defaultSql()).isNull();
        db.exec("insert into products (id) values (3)");
        assertThat(db.rows("select id, origin from products order by id"))
                .containsExactly(row(1L, "unknown"), row(2L, "unknown"), row(3L, null));
    }

    @Test
    void addsRequiredColumnWithDefaultGivingExistingRowsTheDefault() throws SQLException {
        productsWithRows();
        ColumnModel stock = column("stock", AttributeType.integer(), false, 0L);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(NAME).with(stock).build());
        List<MigrationOperation> ops = List.of(new AddColumn("products", stock, null));

        db.up(before, after, ops);

        assertThat(db.columns("products").get("stock")).satisfies(c -> {
            assertThat(c.notNull()).isTrue();
            assertThat(c.defaultSql()).isEqualTo("0");
        });
        assertThat(db.rows("select id, stock from products order by id")).containsExactly(row(1L, 0L), row(2L, 0L));

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
    }

    @Test
    void addsRequiredColumnsWithBackfillsAsTypedLiteralsLeavingNoDefault() throws SQLException {
        productsWithRows();
        UUID ref = UUID.fromString("0b5e6a3c-1f7e-4c55-9d0e-2a9b3c4d5e6f");
        ColumnModel price = column("price", AttributeType.decimal(12, 2), false);
        ColumnModel addedAt = column("added_at", AttributeType.timestamp(), false);
        ColumnModel active = column("active", AttributeType.bool(), false);
        ColumnModel reference = column("reference", AttributeType.uuid(), false);
        ColumnModel settings = column("settings", AttributeType.json(), false);
        SchemaModel before = schema(PRODUCTS);
        SchemaModel after = schema(table("products").id().with(NAME).with(price).with(addedAt).with(active)
                .with(reference).with(settings).build());
        List<MigrationOperation> ops = List.of(
                new AddColumn("products", price, "9.9"),
                new AddColumn("products", addedAt, Instant.parse("2026-01-02T03:04:05.000006Z")),
                new AddColumn("products", active, true),
                new AddColumn("products", reference, ref),
                new AddColumn("products", settings, java.util.Map.of("size", "large")));

        db.up(before, after, ops);

        assertThat(db.columns("products").values()).filteredOn(c -> !c.name().equals("id") && !c.name().equals("name"))
                .allSatisfy(c -> {
                    assertThat(c.notNull()).as(c.name()).isTrue();
                    assertThat(c.defaultSql()).as(c.name()).isNull();
                });
        assertThat(db.columns("products").get("added_at").type()).isEqualTo("timestamp with time zone");
        assertThat(db.rows("select id, price, added_at = '2026-01-02T03:04:05.000006Z'::timestamptz, active, reference, "
                + "settings ->> 'size' from products order by id")).containsExactly(
                row(1L, new BigDecimal("9.90"), true, true, ref, "large"),
                row(2L, new BigDecimal("9.90"), true, true, ref, "large"));

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.rows("select id, name from products order by id")).containsExactly(row(1L, "Tea"), row(2L, null));
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
                .containsExactly(row(1L, "Tea"), row(2L, "unnamed"));

        db.down(before, after, ops);

        assertThat(db.columns("products").get("name").notNull()).isFalse();
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

        assertThat(db.rows("select id, name from products order by id")).containsExactly(row(1L, "Tea"), row(2L, "n/a"));
        assertThat(db.columns("products").get("name").defaultSql()).contains("n/a");

        db.down(before, after, ops);

        assertThat(db.columns("products").get("name")).satisfies(c -> {
            assertThat(c.notNull()).isFalse();
            assertThat(c.defaultSql()).isNull();
        });
    }

    @Test
    void renamesColumnKeepingItsIndex() throws SQLException {
        TableModel indexed = table("products").id().with(NAME).with(index("products_name_index", "name")).build();
        db.create(indexed);
        db.exec("insert into products (id, name) values (1, 'Tea')");
        SchemaModel before = schema(indexed);
        SchemaModel after = schema(table("products").id().with(column("title", AttributeType.text(), true))
                .with(index("products_name_index", "title")).build());
        List<MigrationOperation> ops = List.of(new RenameColumn("products", "name", "title"));

        List<String> up = db.up(before, after, ops);

        assertThat(up).containsExactly("alter table \"products\" rename column \"name\" to \"title\"");
        assertThat(db.columns("products")).containsOnlyKeys("id", "title");
        assertThat(db.indexes("products").get("products_name_index")).contains("(title)");

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.rows("select id, name from products")).containsExactly(row(1L, "Tea"));
    }

    @Test
    void changesIntegerToTextAndTextToIntegerUsingCasts() throws SQLException {
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

        List<String> up = db.up(before, after, ops);

        assertThat(up).contains("alter table \"items\" alter \"qty\" type bigint using cast(\"qty\" as bigint)");
        assertThat(db.columns("items").get("code").type()).isEqualTo("text");
        assertThat(db.columns("items").get("qty").type()).isEqualTo("bigint");
        assertThat(db.rows("select id, code, qty from items order by id"))
                .containsExactly(row(1L, "42", 7L), row(2L, null, null));

        db.down(before, after, ops);

        assertThat(db.columns("items").get("code").type()).isEqualTo("bigint");
        assertThat(db.rows("select id, code, qty from items order by id"))
                .containsExactly(row(1L, 42L, "7"), row(2L, null, null));
    }

    @Test
    void changesDefaultAndTypeTogetherDroppingTheOldDefaultFirst() throws SQLException {
        ColumnModel from = column("size", AttributeType.text(), false, "10");
        ColumnModel to = column("size", AttributeType.integer(), false, 20L);
        TableModel start = table("boxes").id().with(from).build();
        db.create(start);
        db.exec("insert into boxes (id) values (1)");
        SchemaModel before = schema(start);
        SchemaModel after = schema(table("boxes").id().with(to).build());
        List<MigrationOperation> ops = List.of(new AlterColumn("boxes", from, to, null));

        db.up(before, after, ops);

        assertThat(db.columns("boxes").get("size").defaultSql()).isEqualTo("20");
        db.exec("insert into boxes (id) values (2)");
        assertThat(db.rows("select id, size from boxes order by id")).containsExactly(row(1L, 10L), row(2L, 20L));

        db.down(before, after, ops);

        assertThat(db.columns("boxes").get("size").defaultSql()).isEqualTo("'10'::text");
        assertThat(db.rows("select id, size from boxes order by id")).containsExactly(row(1L, "10"), row(2L, "20"));
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

        assertThat(db.columns("items").get("qty").type()).isEqualTo("text");
    }

    @Test
    void addsAndDropsIdentityColumnStartingAfterExistingValues() throws SQLException {
        ColumnModel plain = column("number", AttributeType.integer(), false);
        ColumnModel generated = new ColumnModel("number", AttributeType.integer(), false, null, true);
        TableModel start = table("tickets").with(plain).primaryKey("number").build();
        db.create(start);
        db.exec("insert into tickets (number) values (1), (7)");
        SchemaModel before = schema(start);
        SchemaModel after = schema(table("tickets").with(generated).primaryKey("number").build());
        List<MigrationOperation> ops = List.of(new AlterColumn("tickets", plain, generated, null));

        db.up(before, after, ops);

        assertThat(db.columns("tickets").get("number").identity()).isTrue();
        db.exec("insert into tickets default values");
        assertThat(db.rows("select max(number) from tickets")).containsExactly(row(8L));

        db.down(before, after, ops);

        assertThat(db.columns("tickets").get("number").identity()).isFalse();
        assertThatThrownBy(() -> db.exec("insert into tickets default values")).hasMessageContaining("null value");
    }

    @Test
    void addsCaseInsensitiveIdentityAsLowerUniqueIndexAndDropsIt() throws SQLException {
        ColumnModel email = column("email", AttributeType.ciString(), true);
        TableModel users = table("users").id().with(email).build();
        db.create(users);
        db.exec("insert into users (id, email) values (1, 'Ann@Example.com')");
        IndexModel identity = unique("users_unique_email_index", "email", true);
        SchemaModel before = schema(users);
        SchemaModel after = schema(table("users").id().with(email).with(identity).build());
        List<MigrationOperation> ops = List.of(new AddIndex("users", identity));

        db.up(before, after, ops);

        assertThat(db.indexes("users").get("users_unique_email_index")).contains("UNIQUE").contains("lower(email)");
        assertThatThrownBy(() -> db.exec("insert into users (id, email) values (2, 'ann@example.COM')"))
                .hasMessageContaining("users_unique_email_index");

        db.down(before, after, ops);

        assertThat(db.indexes("users")).isEmpty();
        db.exec("insert into users (id, email) values (2, 'ann@example.COM')");
    }

    @Test
    void addsPartialNullsNotDistinctIdentity() throws SQLException {
        ColumnModel code = column("code", AttributeType.text(), true);
        ColumnModel active = column("active", AttributeType.bool(), false, true);
        TableModel start = table("coupons").id().with(code).with(active).build();
        db.create(start);
        db.exec("insert into coupons (id, code, active) values (1, null, true), (2, 'X', false), (3, 'X', true)");
        IndexModel identity = new IndexModel("coupons_unique_code_index", List.of(IndexKey.of("code")), true, false,
                "\"active\"");
        SchemaModel before = schema(start);
        SchemaModel after = schema(table("coupons").id().with(code).with(active).with(identity).build());
        List<MigrationOperation> ops = List.of(new AddIndex("coupons", identity));

        db.up(before, after, ops);

        assertThat(db.indexes("coupons").get("coupons_unique_code_index")).contains("NULLS NOT DISTINCT")
                .contains("WHERE active");
        assertThatThrownBy(() -> db.exec("insert into coupons (id, code) values (4, null)"))
                .hasMessageContaining("coupons_unique_code_index");
        db.exec("insert into coupons (id, code, active) values (4, null, false)");

        db.down(before, after, ops);

        assertThat(db.indexes("coupons")).isEmpty();
    }

    @Test
    void changesForeignKeyActionKeepingCascadeChildren() throws SQLException {
        TableModel sections = table("sections").id().build();
        TableModel restrict = categories(ForeignKeyAction.RESTRICT);
        TableModel cascade = categories(ForeignKeyAction.CASCADE);
        TableModel products = table("products").id().with(column("category_id", AttributeType.integer(), false))
                .with(foreignKey("products_category_id_fkey", "category_id", "categories", ForeignKeyAction.CASCADE))
                .build();
        db.create(sections, restrict, products);
        db.exec("insert into sections (id) values (1)",
                "insert into categories (id, section_id) values (1, 1), (2, 1)",
                "insert into products (id, category_id) values (10, 1), (11, 1), (12, 2)");
        SchemaModel before = schema(sections, restrict, products);
        SchemaModel after = schema(sections, cascade, products);
        List<MigrationOperation> ops = List.of(
                new DropForeignKey("categories", restrict.foreignKeys().getFirst()),
                new AddForeignKey("categories", cascade.foreignKeys().getFirst()));

        db.up(before, after, ops);

        assertThat(db.foreignKeys("categories")).extracting(PostgresMigrationDb.ForeignKey::onDelete)
                .containsExactly("CASCADE");
        assertThat(db.rows("select count(*) from products")).containsExactly(row(3L));

        db.down(before, after, ops);

        assertThat(db.foreignKeys("categories")).extracting(PostgresMigrationDb.ForeignKey::onDelete)
                .containsExactly("RESTRICT");
        assertThatThrownBy(() -> db.exec("delete from sections")).hasMessageContaining("categories_section_id_fkey");
        assertThat(db.rows("select count(*) from products")).containsExactly(row(3L));
    }

    private static TableModel categories(ForeignKeyAction onDelete) {
        return table("categories").id().with(column("section_id", AttributeType.integer(), false))
                .with(foreignKey("categories_section_id_fkey", "section_id", "sections", onDelete)).build();
    }

    @Test
    void dropsIndexedColumnAfterItsIndexAndRestoresBoth() throws SQLException {
        ColumnModel sku = column("sku", AttributeType.string(20), true);
        TableModel start = table("products").id().with(NAME).with(sku).with(unique("products_sku_index", "sku", false))
                .build();
        db.create(start);
        db.exec("insert into products (id, name, sku) values (1, 'Tea', 'T-1')");
        SchemaModel before = schema(start);
        SchemaModel after = schema(PRODUCTS);
        List<MigrationOperation> ops = List.of(new DropIndex("products", start.indexes().getFirst()),
                new DropColumn("products", sku));

        db.up(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name");
        assertThat(db.indexes("products")).isEmpty();

        db.down(before, after, ops);

        assertThat(db.columns("products")).containsOnlyKeys("id", "name", "sku");
        assertThat(db.columns("products").get("sku").type()).isEqualTo("character varying");
        assertThat(db.indexes("products")).containsOnlyKeys("products_sku_index");
        assertThat(db.rows("select id, name from products")).containsExactly(row(1L, "Tea"));
    }

    @Test
    void renamesTableKeepingChildForeignKeysAndThenChangesItsPrimaryKey() throws SQLException {
        TableModel lines = table("order_lines").id().with(column("product_id", AttributeType.integer(), false))
                .with(foreignKey("order_lines_product_id_fkey", "product_id", "products", ForeignKeyAction.CASCADE))
                .build();
        productsWithRows();
        db.create(lines);
        db.exec("insert into order_lines (id, product_id) values (10, 1), (11, 2)");
        SchemaModel before = schema(PRODUCTS, lines);
        SchemaModel after = schema(table("items").id().with(NAME).build(), table("order_lines").id()
                .with(column("product_id", AttributeType.integer(), false))
                .with(foreignKey("order_lines_product_id_fkey", "product_id", "items", ForeignKeyAction.CASCADE))
                .build());
        List<MigrationOperation> ops = List.of(new RenameTable("products", "items"));

        db.up(before, after, ops);

        assertThat(db.tableNames()).containsExactly("items", "order_lines");
        assertThat(db.foreignKeys("order_lines")).extracting(PostgresMigrationDb.ForeignKey::referencedTable)
                .containsExactly("items");
        assertThat(db.rows("select id, name from items order by id")).containsExactly(row(1L, "Tea"), row(2L, null));

        db.down(before, after, ops);

        assertThat(db.tableNames()).containsExactly("order_lines", "products");
        assertThat(db.rows("select count(*) from order_lines")).containsExactly(row(2L));
    }

    @Test
    void changesPrimaryKeyOfATableRenamedInTheSameMigration() throws SQLException {
        ColumnModel user = column("user_id", AttributeType.integer(), false);
        ColumnModel group = column("group_id", AttributeType.integer(), false);
        TableModel start = table("memberships").with(user).with(group).primaryKey("user_id").build();
        db.create(start);
        db.exec("insert into memberships (user_id, group_id) values (1, 10), (2, 10)");
        SchemaModel before = schema(start);
        SchemaModel after = schema(table("members").with(user).with(group).primaryKey("user_id", "group_id").build());
        List<MigrationOperation> ops = List.of(new RenameTable("memberships", "members"),
                new ChangePrimaryKey("members", List.of("user_id"), List.of("user_id", "group_id")));

        db.up(before, after, ops);

        assertThat(db.primaryKey("members")).containsExactly("members_pkey", "user_id", "group_id");
        db.exec("insert into members (user_id, group_id) values (1, 20)");
        db.exec("delete from members where group_id = 20");

        db.down(before, after, ops);

        assertThat(db.primaryKey("memberships")).containsExactly("memberships_pkey", "user_id");
        assertThat(db.rows("select user_id, group_id from memberships order by 1"))
                .containsExactly(row(1L, 10L), row(2L, 10L));
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

        db.up(before, after, ops);

        assertThat(db.checks("products")).containsExactly("products_kind_check", "products_stock_positive");
        assertThatThrownBy(() -> db.exec("insert into products (id, stock) values (2, -1)"))
                .hasMessageContaining("products_stock_positive");

        db.down(before, after, ops);

        assertThat(db.checks("products")).isEmpty();
        db.exec("insert into products (id, stock, kind) values (2, -1, 'cocoa')");
    }

    @Test
    void followsATableThatOperationsNameByItsNameAfterARenameInTheSameMigration() throws SQLException {
        TableModel sections = table("sections").id().build();
        ColumnModel sectionId = column("section_id", AttributeType.integer(), false);
        TableModel products = table("products").id().with(sectionId)
                .with(foreignKey("products_section_id_fkey", "section_id", "sections", ForeignKeyAction.CASCADE))
                .build();
        TableModel items = table("items").id().with(sectionId)
                .with(foreignKey("items_section_id_fkey", "section_id", "sections", ForeignKeyAction.RESTRICT))
                .build();
        db.create(sections, products);
        db.exec("insert into sections (id) values (1)", "insert into products (id, section_id) values (10, 1)");
        SchemaModel before = schema(sections, products);
        SchemaModel after = schema(sections, items);
        List<MigrationOperation> ops = List.of( // a schema diff's order and naming: drops first, by the new name
                new DropForeignKey("items", products.foreignKeys().getFirst()),
                new RenameTable("products", "items"),
                new AddForeignKey("items", items.foreignKeys().getFirst()));

        db.up(before, after, ops);

        assertThat(db.foreignKeys("items")).containsExactly(
                new PostgresMigrationDb.ForeignKey("items_section_id_fkey", "sections", "RESTRICT"));

        db.down(before, after, ops);

        assertThat(db.foreignKeys("products")).containsExactly(
                new PostgresMigrationDb.ForeignKey("products_section_id_fkey", "sections", "CASCADE"));
        assertThat(db.rows("select id, section_id from products")).containsExactly(row(10L, 1L));
    }
}
