package dev.ashlar.postgres.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.schema.SchemaModel;
import dev.ashlar.postgres.PostgresStorageModel;
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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Creates the fixture's tables in a fresh schema of the PostgreSQL at {@code ASHLAR_PG_URL} (default
 * {@code jdbc:postgresql://localhost:5432/postgres}, user and password {@code postgres}), reads them back and compares
 * with the storage-level model. The schema is dropped afterwards.
 */
class PostgresIntrospectionTest {
    private static final String BASE_URL = env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = env("ASHLAR_PG_USER", "postgres");
    private static final String PASSWORD = env("ASHLAR_PG_PASSWORD", "postgres");

    private String schemaName;
    private Ashlar ashlar;
    private List<TableModel> declared;

    @BeforeEach
    void create() {
        schemaName = "introspect_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            admin("create schema " + schemaName);
        } catch (SQLException e) {
            schemaName = null;
            Assumptions.abort("PostgreSQL unreachable at " + BASE_URL + ": " + e.getMessage());
        }
        String url = BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + schemaName;
        ashlar = Ashlar.builder().domain(IntrospectionFixture.DOMAIN)
                .repo(RepoConfig.of("main", url, USER, PASSWORD).withPoolSize(2)).build();
        declared = new SchemaBuilder(IntrospectionFixture.DOMAIN.resources()).tables("main");
        schema().create(declared);
    }

    @AfterEach
    void drop() throws SQLException {
        if (ashlar != null) {
            ashlar.close();
        }
        if (schemaName != null) {
            admin("drop schema if exists " + schemaName + " cascade");
        }
    }

    private SchemaManager schema() {
        return ashlar.dataLayer("main").schema();
    }

    @Test
    void everyDeclaredTableReadsBackAsItsStorageModel() {
        SchemaModel live = schema().introspect();
        SchemaModel expected = PostgresStorageModel.of(SchemaModel.of(declared));
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
        assertThat(kitchens.columns()).extracting(ColumnModel::type).containsExactly(AttributeType.uuid(),
                AttributeType.uuid(), AttributeType.text(), AttributeType.string(40), AttributeType.text(),
                AttributeType.text(), AttributeType.integer(), AttributeType.decimal(12, 2), AttributeType.bool(),
                AttributeType.bool(), AttributeType.date(), AttributeType.time(), AttributeType.timestamp(),
                AttributeType.json(), AttributeType.text(), AttributeType.binary());
        assertThat(kitchens.columns()).extracting(ColumnModel::defaultValue).containsExactly(null,
                UUID.fromString("9b2f1c3e-6d7a-4b8c-9e0f-1a2b3c4d5e6f"), "it's new", null, null, "", -5L,
                new BigDecimal("4.50"), true, false, LocalDate.of(2020, 2, 29), LocalTime.of(9, 30, 0, 123_456_000),
                Instant.parse("2026-01-02T03:04:05.000006Z"), Map.of("a", "x", "b", 1), "draft", "0001fe");
        assertThat(kitchens.columns()).extracting(ColumnModel::nullable).containsExactly(false, true, false, true,
                true, true, false, true, false, true, true, true, true, true, false, true);
    }

    @Test
    void integerPrimaryKeyIsAnIdentityButOthersAreNot() {
        SchemaModel live = schema().introspect();
        assertThat(live.tables().get("authors").column("id")).contains(
                new ColumnModel("id", AttributeType.integer(), false, null, true));
        assertThat(live.tables().get("kitchens").column("id").orElseThrow().identity()).isFalse();
        TableModel memberships = live.tables().get("memberships");
        assertThat(memberships.primaryKey()).containsExactly("group_id", "user_name");
        assertThat(memberships.columns()).noneMatch(ColumnModel::identity);
    }

    @Test
    void identitiesReadBackAsUniqueIndexesWithLowerCasedKeysAndNullsNotDistinct() {
        assertThat(schema().introspect().tables().get("kitchens").indexes()).containsExactly(
                new IndexModel("kitchens_unique_code_name_index", List.of(IndexKey.of("code"), IndexKey.of("name")),
                        true, true, null),
                new IndexModel("kitchens_unique_email_index", List.of(new IndexKey("email", true)), true, true,
                        null),
                new IndexModel("kitchens_unique_ref_index", List.of(IndexKey.of("ref")), true, false, null));
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
    void checksReadBackByName() {
        assertThat(schema().introspect().tables().get("kitchens").checks()).extracting(CheckModel::name)
                .containsExactly("kitchens_status_check", "qty_not_huge");
    }

    @Test
    void handMadePartialIndexReadsBack() throws SQLException {
        execute("create index \"books_title_partial\" on books (title collate \"C\" desc, lower(title)) "
                + "where (title is not null and author_id > 0)");
        assertThat(schema().introspect().tables().get("books").indexes()).containsExactly(
                new IndexModel("books_title_partial", List.of(IndexKey.of("title"), new IndexKey("title", true)),
                        false, true, "title IS NOT NULL AND author_id > 0"));
    }

    @Test
    void declaredPartialIndexInPostgresSpellingReadsBackAsItsStorageModel() throws SQLException {
        IndexModel partial = new IndexModel("kitchens_code_index", List.of(new IndexKey("code", true)), true, false,
                "(code IS NOT NULL)");
        execute(renderedIndex("kitchens", partial));
        TableModel kitchens = declared.stream().filter(t -> t.name().equals("kitchens")).findFirst().orElseThrow();
        List<IndexModel> indexes = new java.util.ArrayList<>(kitchens.indexes());
        indexes.add(partial);
        TableModel withIndex = new TableModel(kitchens.name(), kitchens.columns(), kitchens.primaryKey(), indexes,
                kitchens.foreignKeys(), kitchens.checks());
        assertThat(schema().introspect().tables().get("kitchens")).isEqualTo(PostgresStorageModel.of(withIndex));
    }

    @Test
    void handMadeTableReadsBackWithDefaultConstraintNames() throws SQLException {
        execute("""
                create table "Notes" (
                  "Id" bigint generated always as identity primary key,
                  body varchar not null default 'x' unique,
                  book_id uuid references books (id) on delete cascade,
                  author_id bigint constraint notes_author references authors on update set null,
                  n bigint check (n > 0) default 42,
                  amount numeric(10, 2) default -4.5,
                  data bytea default '\\xCAFE',
                  at timestamptz default now(),
                  seen timestamp(6) with time zone default '2020-01-01 10:00:00.5+05:30',
                  tags jsonb default '{"k": [1, 2.50, null, true]}',
                  note text default E'tab\\there ''q''',
                  check (n < 100),
                  check (n <> author_id),
                  constraint notes_n_small check (n < 50),
                  foreign key (author_id, body) references memberships (group_id, user_name)
                )""");
        TableModel notes = schema().introspect().tables().get("Notes");
        assertThat(notes.columns()).containsExactly(
                new ColumnModel("Id", AttributeType.integer(), false, null, true),
                new ColumnModel("body", AttributeType.text(), false, "x", false),
                new ColumnModel("book_id", AttributeType.uuid(), true, null, false),
                new ColumnModel("author_id", AttributeType.integer(), true, null, false),
                new ColumnModel("n", AttributeType.integer(), true, 42L, false),
                new ColumnModel("amount", AttributeType.decimal(10, 2), true, new BigDecimal("-4.50"), false),
                new ColumnModel("data", AttributeType.binary(), true, "cafe", false),
                new ColumnModel("at", AttributeType.timestamp(), true, null, false),
                new ColumnModel("seen", AttributeType.timestamp(), true, Instant.parse("2020-01-01T04:30:00.5Z"),
                        false),
                new ColumnModel("tags", AttributeType.json(), true,
                        Map.of("k", Arrays.asList(1, 2.5, null, true)), false),
                new ColumnModel("note", AttributeType.text(), true, "tab\there 'q'", false));
        assertThat(notes.primaryKey()).containsExactly("Id");
        assertThat(notes.indexes()).containsExactly(
                new IndexModel("Notes_body_key", List.of(IndexKey.of("body")), true, true, null));
        assertThat(notes.foreignKeys()).containsExactly(
                new ForeignKeyModel("Notes_author_id_body_fkey", List.of("author_id", "body"), "memberships",
                        List.of("group_id", "user_name"), ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION),
                new ForeignKeyModel("Notes_book_id_fkey", List.of("book_id"), "books", List.of("id"),
                        ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION),
                new ForeignKeyModel("notes_author", List.of("author_id"), "authors", List.of("id"),
                        ForeignKeyAction.NO_ACTION, ForeignKeyAction.SET_NULL));
        assertThat(notes.checks()).extracting(CheckModel::name)
                .containsExactly("Notes_check", "Notes_n_check", "Notes_n_check1", "notes_n_small");
    }

    @Test
    void bookkeepingTableIsLeftOut() throws SQLException {
        execute("create table flyway_schema_history (installed_rank int primary key)");
        execute("create table empty_one ()");
        assertThat(schema().introspect().tables().keySet())
                .containsExactlyInAnyOrder("authors", "books", "empty_one", "kitchens", "memberships");
    }

    @Test
    void aColumnNoStorageTypeRepresentsIsRefusedByName() throws SQLException {
        execute("create table measures (id bigint primary key, weight double precision)");
        assertThatThrownBy(() -> schema().introspect()).isInstanceOf(DataLayerException.class)
                .hasMessageContaining("measures.weight").hasMessageContaining("double precision");
    }

    private String renderedIndex(String table, IndexModel index) {
        TableModel carrier = new TableModel(table, List.of(), List.of(), List.of(index), List.of(), List.of());
        List<String> statements = schema().createStatements(carrier);
        return statements.get(statements.size() - 1);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(BASE_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schemaName);
            s.execute(sql);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(BASE_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
