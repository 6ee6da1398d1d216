package dev.ashlar.sqlite.migration;

import static dev.ashlar.sqlite.migration.SqliteMigrationPlannerTest.nullList;
import static dev.ashlar.tck.support.Tables.column;
import static dev.ashlar.tck.support.Tables.foreignKey;
import static dev.ashlar.tck.support.Tables.index;
import static dev.ashlar.tck.support.Tables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.error.UnsupportedCapabilityException;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationOperation.AddCheck;
import dev.ashlar.migration.spi.MigrationOperation.AddColumn;
import dev.ashlar.migration.spi.MigrationOperation.AddForeignKey;
import dev.ashlar.migration.spi.MigrationOperation.AddIndex;
import dev.ashlar.migration.spi.MigrationOperation.AlterColumn;
import dev.ashlar.migration.spi.MigrationOperation.DropForeignKey;
import dev.ashlar.migration.spi.MigrationOperation.RenameColumn;
import dev.ashlar.migration.spi.MigrationOperation.RenameTable;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table rebuilds: children survive, one rebuild per table, renames in the same migration. */
class SqliteRebuildPlannerTest {
    static final TableModel SECTIONS = table("sections").id().build();
    static final ColumnModel SECTION_ID = column("section_id", AttributeType.integer(), false);
    static final ColumnModel CATEGORY_ID = column("category_id", AttributeType.integer(), false);
    static final TableModel PRODUCTS = table("products").id().with(CATEGORY_ID)
            .with(foreignKey("products_category_id_fkey", "category_id", "categories", ForeignKeyAction.CASCADE))
            .with(index("products_category_id_index", "category_id")).build();

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

    private static SchemaModel schema(TableModel... tables) {
        return SchemaModel.of(List.of(tables));
    }

    private static long rebuildsOf(List<String> sql, String table) {
        return sql.stream().filter(s -> s.startsWith("create table `new_" + table + "`")).count();
    }

    private static TableModel categories(ForeignKeyAction onDelete) {
        return table("categories").id().with(SECTION_ID).with(column("name", AttributeType.text(), true))
                .with(foreignKey("categories_section_id_fkey", "section_id", "sections", onDelete)).build();
    }

    @Test
    void changingForeignKeyActionRebuildsParentWithoutLosingItsCascadeChildren() throws SQLException {
        TableModel restrict = categories(ForeignKeyAction.RESTRICT);
        TableModel cascade = categories(ForeignKeyAction.CASCADE);
        db.create(SECTIONS, restrict, PRODUCTS);
        db.exec("insert into sections (id) values (1)",
                "insert into categories (id, section_id, name) values (1, 1, 'Tea'), (2, 1, 'Coffee')",
                "insert into products (id, category_id) values (10, 1), (11, 1), (12, 2)");
        SchemaModel before = schema(SECTIONS, restrict, PRODUCTS);
        SchemaModel after = schema(SECTIONS, cascade, PRODUCTS);
        List<MigrationOperation> ops = List.of(
                new DropForeignKey("categories", restrict.foreignKeys().getFirst()),
                new AddForeignKey("categories", cascade.foreignKeys().getFirst()));

        List<String> up = db.up(before, after, ops);

        assertThat(rebuildsOf(up, "categories")).isEqualTo(1);
        assertThat(up).noneMatch(s -> s.contains("rename to `categories_old`") || s.contains("alter table `categories` rename to"));
        assertThat(db.foreignKeys("categories")).extracting(SqliteMigrationDb.ForeignKey::onDelete).containsExactly("CASCADE");
        assertThat(db.rows("select id, category_id from products order by id"))
                .containsExactly(List.of(10L, 1L), List.of(11L, 1L), List.of(12L, 2L));
        assertThat(db.rows("select id, section_id, name from categories order by id"))
                .containsExactly(List.of(1L, 1L, "Tea"), List.of(2L, 1L, "Coffee"));
        assertThat(db.foreignKeys("products")).extracting(SqliteMigrationDb.ForeignKey::table).containsExactly("categories");

        db.down(before, after, ops);

        assertThat(db.foreignKeys("categories")).extracting(SqliteMigrationDb.ForeignKey::onDelete).containsExactly("RESTRICT");
        assertThat(db.rows("select count(*) from products")).containsExactly(List.of(3L));
        assertThat(db.rows("select count(*) from categories")).containsExactly(List.of(2L));
    }

    @Test
    void changingChildForeignKeyActionKeepsItsIndexAndRows() throws SQLException {
        TableModel restrict = categories(ForeignKeyAction.RESTRICT);
        TableModel setNull = table("products").id().with(column("category_id", AttributeType.integer(), true))
                .with(foreignKey("products_category_id_fkey", "category_id", "categories", ForeignKeyAction.SET_NULL))
                .with(index("products_category_id_index", "category_id")).build();
        TableModel cascadeNullable = table("products").id().with(column("category_id", AttributeType.integer(), true))
                .with(PRODUCTS.foreignKeys().getFirst()).with(PRODUCTS.indexes().getFirst()).build();
        db.create(SECTIONS, restrict, cascadeNullable);
        db.exec("insert into sections (id) values (1)", "insert into categories (id, section_id) values (1, 1)",
                "insert into products (id, category_id) values (10, 1), (11, null)");
        SchemaModel before = schema(SECTIONS, restrict, cascadeNullable);
        SchemaModel after = schema(SECTIONS, restrict, setNull);
        List<MigrationOperation> ops = List.of(
                new DropForeignKey("products", cascadeNullable.foreignKeys().getFirst()),
                new AddForeignKey("products", setNull.foreignKeys().getFirst()));

        List<String> up = db.up(before, after, ops);

        assertThat(up.stream().filter(s -> s.contains("create index `products_category_id_index`"))).hasSize(1);
        assertThat(db.foreignKeys("products")).extracting(SqliteMigrationDb.ForeignKey::onDelete).containsExactly("SET NULL");
        assertThat(db.indexes("products")).containsOnlyKeys("products_category_id_index");
        assertThat(db.rows("select id, category_id from products order by id"))
                .containsExactly(List.of(10L, 1L), nullList(11L, null));

        db.down(before, after, ops);

        assertThat(db.foreignKeys("products")).extracting(SqliteMigrationDb.ForeignKey::onDelete).containsExactly("CASCADE");
        assertThat(db.indexes("products")).containsOnlyKeys("products_category_id_index");
    }

    @Test
    void batchesEveryChangeOfATableIntoOneRebuildFollowingAColumnRename() throws SQLException {
        ColumnModel name = column("name", AttributeType.text(), true);
        ColumnModel title = column("title", AttributeType.text(), true);
        ColumnModel requiredTitle = column("title", AttributeType.text(), false);
        ColumnModel stock = column("stock", AttributeType.integer(), true);
        ColumnModel label = column("label", AttributeType.text(), true);
        CheckModel positive = CheckModel.sql("items_stock_positive", "\"stock\" >= 0");
        IndexModel titleIndex = index("items_title_index", "title");
        TableModel items = table("items").id().with(name).with(stock).build();
        TableModel tags = table("tags").id().build();
        db.create(items, tags);
        db.exec("insert into items (id, name, stock) values (1, 'Tea', 3), (2, null, 0)", "insert into tags (id) values (1)");
        SchemaModel before = schema(items, tags);
        SchemaModel after = schema(table("items").id().with(requiredTitle).with(stock).with(titleIndex).with(positive)
                .build(), table("tags").id().with(label).build());
        List<MigrationOperation> ops = List.of(
                new RenameColumn("items", "name", "title"),
                new AddColumn("tags", label, null),
                new AlterColumn("items", title, requiredTitle, "untitled"),
                new AddCheck("items", positive),
                new AddIndex("items", titleIndex));

        List<String> up = db.up(before, after, ops);

        assertThat(rebuildsOf(up, "items")).isEqualTo(1);
        assertThat(up.getFirst()).isEqualTo("alter table `items` rename column `name` to `title`");
        assertThat(up.stream().filter(s -> s.contains("create index `items_title_index`"))).hasSize(1);
        assertThat(db.columns("items")).containsOnlyKeys("id", "title", "stock");
        assertThat(db.columns("items").get("title").notNull()).isTrue();
        assertThat(db.indexes("items")).containsOnlyKeys("items_title_index");
        assertThat(db.columns("tags")).containsOnlyKeys("id", "label");
        assertThat(db.rows("select id, title, stock from items order by id"))
                .containsExactly(List.of(1L, "Tea", 3L), List.of(2L, "untitled", 0L));
        assertThatThrownBy(() -> db.exec("update items set stock = -1")).hasMessageContaining("CHECK");

        List<String> down = db.down(before, after, ops);

        assertThat(rebuildsOf(down, "items")).isEqualTo(1);
        assertThat(db.columns("items")).containsOnlyKeys("id", "name", "stock");
        assertThat(db.columns("items").get("name").notNull()).isFalse();
        assertThat(db.indexes("items")).isEmpty();
        assertThat(db.columns("tags")).containsOnlyKeys("id");
        assertThat(db.rows("select id, name, stock from items order by id"))
                .containsExactly(List.of(1L, "Tea", 3L), List.of(2L, "untitled", 0L));
        db.exec("update items set stock = -1");
    }

    @Test
    void followsATableThatOperationsNameByItsNameAfterARenameInTheSameMigration() throws SQLException {
        TableModel categories = categories(ForeignKeyAction.RESTRICT);
        TableModel items = table("items").id().with(CATEGORY_ID)
                .with(new ForeignKeyModel("items_category_id_fkey", List.of("category_id"), "categories", List.of("id"),
                        ForeignKeyAction.RESTRICT, ForeignKeyAction.NO_ACTION))
                .with(new IndexModel("products_category_id_index", List.of(IndexKey.of("category_id")), false, true,
                        null)).build();
        db.create(SECTIONS, categories, PRODUCTS);
        db.exec("insert into sections (id) values (1)", "insert into categories (id, section_id) values (1, 1)",
                "insert into products (id, category_id) values (10, 1)");
        SchemaModel before = schema(SECTIONS, categories, PRODUCTS);
        SchemaModel after = schema(SECTIONS, categories, items);
        // the order and naming of a schema diff: drops first, named by the new table name
        List<MigrationOperation> ops = List.of(
                new DropForeignKey("items", PRODUCTS.foreignKeys().getFirst()),
                new RenameTable("products", "items"),
                new AddForeignKey("items", items.foreignKeys().getFirst()));

        List<String> up = db.up(before, after, ops);

        assertThat(rebuildsOf(up, "items")).isEqualTo(1);
        assertThat(db.tableNames()).contains("items").doesNotContain("products");
        assertThat(db.foreignKeys("items")).extracting(SqliteMigrationDb.ForeignKey::onDelete).containsExactly("RESTRICT");
        assertThat(db.rows("select id, category_id from items")).containsExactly(List.of(10L, 1L));

        db.down(before, after, ops);

        assertThat(db.tableNames()).contains("products").doesNotContain("items");
        assertThat(db.foreignKeys("products")).extracting(SqliteMigrationDb.ForeignKey::onDelete).containsExactly("CASCADE");
        assertThat(db.indexes("products")).containsOnlyKeys("products_category_id_index");
        assertThat(db.rows("select id, category_id from products")).containsExactly(List.of(10L, 1L));
    }

    @Test
    void createsATableAndRebuildsItInTheSameMigrationThenDropsAnotherWithoutRebuildingIt() throws SQLException {
        ColumnModel code = column("code", AttributeType.text(), true);
        ColumnModel requiredCode = column("code", AttributeType.text(), false);
        TableModel draft = table("coupons").id().with(code).build();
        TableModel coupons = table("coupons").id().with(requiredCode)
                .with(CheckModel.sql("coupons_code_length", "length(\"code\") > 2")).build();
        TableModel legacy = table("legacy").id().with(code).build();
        db.create(legacy);
        db.exec("insert into legacy (id, code) values (1, 'x')");
        SchemaModel before = schema(legacy);
        SchemaModel after = schema(coupons);
        List<MigrationOperation> ops = List.of(
                new MigrationOperation.CreateTable(draft),
                new AlterColumn("coupons", code, requiredCode, "none"),
                new AddCheck("coupons", coupons.checks().getFirst()),
                new MigrationOperation.DropCheck("legacy", CheckModel.sql("legacy_never", "1 = 1")),
                new MigrationOperation.DropTable(legacy));

        List<String> up = db.up(before, after, ops);

        assertThat(rebuildsOf(up, "coupons")).isEqualTo(1);
        assertThat(rebuildsOf(up, "legacy")).isZero();
        assertThat(db.tableNames()).containsExactly("coupons");
        assertThat(db.columns("coupons").get("code").notNull()).isTrue();
        assertThatThrownBy(() -> db.exec("insert into coupons (id, code) values (1, 'ab')")).hasMessageContaining("CHECK");
    }

    @Test
    void refusesNullsNotDistinctIdentitiesWhichSqliteCannotEnforce() {
        ColumnModel code = column("code", AttributeType.text(), true);
        TableModel start = table("items").id().with(code).build();
        IndexModel index = new IndexModel("items_code_index", List.of(IndexKey.of("code")), true, false, null);

        assertThatThrownBy(() -> db.plan(schema(start), schema(start), List.of(new AddIndex("items", index))))
                .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                        e -> assertThat(e.capability()).isEqualTo("NULLS_NOT_DISTINCT"));
    }
}
