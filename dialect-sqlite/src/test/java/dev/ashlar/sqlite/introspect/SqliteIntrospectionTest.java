package dev.ashlar.sqlite.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.SchemaManager;
import dev.ashlar.sqlite.SqliteStorageModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creates the fixture's tables in a SQLite file, reads them back and compares with the storage-level model. */
class SqliteIntrospectionTest {
    @TempDir
    Path dir;
    private String url;
    private Ashlar ashlar;
    private List<TableModel> declared;

    @BeforeEach
    void create() {
        url = "jdbc:sqlite:" + dir.resolve("introspect.db");
        ashlar = Ashlar.builder().domain(IntrospectionFixture.DOMAIN).repo(RepoConfig.of("main", url)).build();
        declared = new SchemaBuilder(IntrospectionFixture.DOMAIN.resources()).tables("main");
        schema().create(declared);
    }

    @AfterEach
    void close() {
        ashlar.close();
    }

    private SchemaManager schema() {
        return ashlar.dataLayer("main").schema();
    }

    @Test
    void everyDeclaredTableReadsBackAsItsStorageModel() {
        SchemaModel live = schema().introspect();
        SchemaModel expected = SqliteStorageModel.of(SchemaModel.of(declared));
        assertThat(live.tables().keySet()).containsExactlyElementsOf(expected.tables().keySet());
        for (TableModel table : expected.tables().values()) {
            assertThat(live.tables().get(table.name())).as(table.name()).isEqualTo(table);
        }
        assertThat(live).isEqualTo(expected);
    }

    @Test
    void columnsReadBackWithStorageTypesAndStoredDefaults() {
        TableModel kitchens = schema().introspect().tables().get("kitchens");
        assertThat(kitchens.columns()).extracting(ColumnModel::name).containsExactly("id", "ref", "name", "code",
                "email", "bio", "qty", "price", "active", "archived", "born", "opens", "seen_at", "meta", "status",
                "blob");
        assertThat(kitchens.column("qty")).contains(new ColumnModel("qty", AttributeType.integer(), false, -5L, false));
        assertThat(kitchens.column("name")).contains(
                new ColumnModel("name", AttributeType.text(), false, "it's new", false));
        assertThat(kitchens.column("price").orElseThrow().defaultValue()).isEqualTo("4.50");
        assertThat(kitchens.column("active").orElseThrow().defaultValue()).isEqualTo(1L);
        assertThat(kitchens.column("archived").orElseThrow().defaultValue()).isEqualTo(0L);
        assertThat(kitchens.column("opens").orElseThrow().defaultValue()).isEqualTo("09:30:00.123456");
        assertThat(kitchens.column("seen_at").orElseThrow().defaultValue()).isEqualTo("2026-01-02T03:04:05.000006Z");
        assertThat(kitchens.column("meta").orElseThrow().defaultValue()).isEqualTo("{\"a\":\"x\",\"b\":1}");
        assertThat(kitchens.column("blob")).contains(
                new ColumnModel("blob", AttributeType.binary(), true, "0001fe", false));
        assertThat(kitchens.column("code").orElseThrow().defaultValue()).isNull();
    }

    @Test
    void integerPrimaryKeyIsAnIdentityButACompositeOneIsNot() {
        SchemaModel live = schema().introspect();
        assertThat(live.tables().get("authors").primaryKey()).containsExactly("id");
        assertThat(live.tables().get("authors").column("id")).contains(
                new ColumnModel("id", AttributeType.integer(), false, null, true));
        assertThat(live.tables().get("kitchens").column("id").orElseThrow().identity()).isFalse();
        TableModel memberships = live.tables().get("memberships");
        assertThat(memberships.primaryKey()).containsExactly("group_id", "user_name");
        assertThat(memberships.columns()).noneMatch(ColumnModel::identity);
    }

    @Test
    void identitiesReadBackAsUniqueIndexesWithLowerCasedKeys() {
        assertThat(schema().introspect().tables().get("kitchens").indexes()).containsExactly(
                new IndexModel("kitchens_unique_code_name_index", List.of(IndexKey.of("code"), IndexKey.of("name")),
                        true, true, null),
                new IndexModel("kitchens_unique_email_index", List.of(new IndexKey("email", true)), true, true,
                        null));
    }

    @Test
    void foreignKeysReadBackWithNamesAndActions() {
        assertThat(schema().introspect().tables().get("books").foreignKeys()).containsExactly(
                new ForeignKeyModel("books_author_id_fkey", List.of("author_id"), "authors", List.of("id"),
                        ForeignKeyAction.CASCADE, ForeignKeyAction.RESTRICT),
                new ForeignKeyModel("books_editor_id_fkey", List.of("editor_id"), "authors", List.of("id"),
                        ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE),
                new ForeignKeyModel("books_kitchen_id_fkey", List.of("kitchen_id"), "kitchens", List.of("id"),
                        ForeignKeyAction.RESTRICT, ForeignKeyAction.NO_ACTION),
                new ForeignKeyModel("books_reviewer_id_fkey", List.of("reviewer_id"), "authors", List.of("id"),
                        ForeignKeyAction.NO_ACTION, ForeignKeyAction.SET_NULL));
    }

    @Test
    void checksReadBackByNameIncludingEnumAndBooleanStorageChecks() {
        assertThat(schema().introspect().tables().get("kitchens").checks()).extracting(CheckModel::name)
                .containsExactly("kitchens_active_bool", "kitchens_archived_bool", "kitchens_status_check",
                        "qty_not_huge");
    }

    @Test
    void handMadePartialIndexReadsBack() throws SQLException {
        execute("create index \"books_title_partial\" on books (title collate nocase desc, lower(\"title\")) "
                + "where (title is not null and author_id > 0)");
        assertThat(schema().introspect().tables().get("books").indexes()).containsExactly(
                new IndexModel("books_title_partial", List.of(IndexKey.of("title"), new IndexKey("title", true)),
                        false, true, "title is not null and author_id > 0"));
    }

    @Test
    void declaredPartialIndexReadsBackAsItsStorageModel() throws SQLException {
        IndexModel partial = new IndexModel("books_title_index", List.of(IndexKey.of("title")), true, true,
                "title <> ''");
        execute(renderedIndex(partial));
        TableModel books = declared.stream().filter(t -> t.name().equals("books")).findFirst().orElseThrow();
        TableModel withIndex = new TableModel(books.name(), books.columns(), books.primaryKey(), List.of(partial),
                books.foreignKeys(), books.checks());
        assertThat(schema().introspect().tables().get("books")).isEqualTo(SqliteStorageModel.of(withIndex));
    }

    @Test
    void handMadeTableReadsBackWithDefaultConstraintNames() throws SQLException {
        execute("""
                create table "notes" (
                  id integer primary key,            -- rowid alias: an identity
                  body varchar(200) not null default 'x' unique,
                  book_id text references books (id) on delete cascade,
                  author_id integer constraint notes_author references authors on update set null,
                  n int check (n > 0) default (42),
                  data blob default x'CAFE',
                  at text default current_timestamp,
                  check (n < 100),
                  check (n <> author_id),
                  constraint notes_n_small check (n < 50),
                  foreign key (author_id, n) references memberships (group_id, user_name)
                )""");
        TableModel notes = schema().introspect().tables().get("notes");
        assertThat(notes).isEqualTo(new TableModel("notes",
                List.of(new ColumnModel("id", AttributeType.integer(), false, null, true),
                        new ColumnModel("body", AttributeType.text(), false, "x", false),
                        new ColumnModel("book_id", AttributeType.text(), true, null, false),
                        new ColumnModel("author_id", AttributeType.integer(), true, null, false),
                        new ColumnModel("n", AttributeType.integer(), true, 42L, false),
                        new ColumnModel("data", AttributeType.binary(), true, "cafe", false),
                        new ColumnModel("at", AttributeType.text(), true, null, false)),
                List.of("id"),
                List.of(new IndexModel("sqlite_autoindex_notes_1", List.of(IndexKey.of("body")), true, true, null)),
                List.of(new ForeignKeyModel("notes_author", List.of("author_id"), "authors", List.of("id"),
                                ForeignKeyAction.NO_ACTION, ForeignKeyAction.SET_NULL),
                        new ForeignKeyModel("notes_author_id_n_fkey", List.of("author_id", "n"), "memberships",
                                List.of("group_id", "user_name"), ForeignKeyAction.NO_ACTION,
                                ForeignKeyAction.NO_ACTION),
                        new ForeignKeyModel("notes_book_id_fkey", List.of("book_id"), "books", List.of("id"),
                                ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION)),
                List.of(CheckModel.sql("notes_check", ""), CheckModel.sql("notes_n_check", ""),
                        CheckModel.sql("notes_n_check1", ""), CheckModel.sql("notes_n_small", ""))));
    }

    @Test
    void bookkeepingAndInternalTablesAreLeftOut() throws SQLException {
        execute("create table flyway_schema_history (installed_rank integer primary key)");
        execute("create table counters (id integer primary key autoincrement)"); // creates sqlite_sequence
        assertThat(schema().introspect().tables().keySet())
                .containsExactlyInAnyOrder("authors", "books", "counters", "kitchens", "memberships");
    }

    @Test
    void aColumnNoStorageTypeRepresentsIsRefusedByName() throws SQLException {
        execute("create table measures (id integer primary key, weight real) strict");
        assertThatThrownBy(() -> schema().introspect()).isInstanceOf(DataLayerException.class)
                .hasMessageContaining("measures.weight").hasMessageContaining("REAL");
    }

    private String renderedIndex(IndexModel index) {
        TableModel carrier = new TableModel("books", List.of(), List.of(), List.of(index), List.of(), List.of());
        List<String> statements = schema().createStatements(carrier);
        return statements.get(statements.size() - 1);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
