package dev.ashlar.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.resource.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.sql.DdlRenderer;
import dev.ashlar.sql.JdbcDataLayer;
import dev.ashlar.values.ValueCaster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DDL text of tables and indexes with every kind of column, default, key and check, exactly as jOOQ rendered the
 * whole statements before the renderer put them together from pieces.
 */
class SqliteDdlRendererTest {
    private static final String CREATE_KINDS = "create table `kinds` ("
            + "`id` INTEGER not null, "
            + "`s` TEXT null default ('it''s \"quoted\" \\ back\nline\ttab \u00e9'), "
            + "`plain` TEXT null default (''), "
            + "`ci` TEXT not null, "
            + "`t` TEXT not null default ('x'), "
            + "`i` INTEGER not null default (-42), "
            + "`d` TEXT null default ('12.500'), "
            + "`b` INTEGER not null default (0), "
            + "`b2` INTEGER null default (1), "
            + "`dt` TEXT null default ('2024-02-29'), "
            + "`tm` TEXT null default ('13:45:07.123456'), "
            + "`ts` TEXT null default ('2024-01-02T03:04:05.678000Z'), "
            + "`j` TEXT null default ('{\"alpha\":[\"x\",2.5,true],\"zeta\":1}'), "
            + "`bin` BLOB null default (X'000102FF'), "
            + "`u` TEXT null default ('123e4567-e89b-12d3-a456-426614174000'), "
            + "`e` TEXT not null default ('b c'), "
            + "`one` TEXT null, "
            + "`p1` INTEGER null, "
            + "`p2` TEXT null, "
            + "constraint `kinds_pkey` primary key (`id`, `s`), "
            + "constraint `kinds_p1_fkey` foreign key (`p1`) references `parent` (`id`) "
            + "on delete cascade on update set null, "
            + "constraint `kinds_p_fkey` foreign key (`p1`, `p2`) references `parent2` (`a`, `b`) "
            + "on delete restrict on update no action, "
            + "constraint `kinds_i_fkey` foreign key (`i`) references `parent3` (`id`) "
            + "on delete set null on update cascade, "
            + "constraint `kinds_e_fkey` foreign key (`e`) references `parent4` (`id`) "
            + "on delete no action on update restrict, "
            + "constraint `kinds_e_check` check (`e` in ('x''y', 'b c')), "
            + "constraint `kinds_one_check` check (`one` in ('only')), "
            + "constraint `positive_i` check ((\"i\" >= -100 and \"s\" <> '?' and \"s\" <> '{0}')), "
            + "constraint `kinds_b_bool` check ((\"b\" in (0, 1))), "
            + "constraint `kinds_b2_bool` check ((\"b2\" in (0, 1)))"
            + ") strict";

    private final DdlRenderer ddl = new DdlRenderer(new SqliteDialect(), JdbcDataLayer.jooq(new SqliteDialect()));

    @Test
    void createsTablesAndIndexesWithEveryKindOfColumnKeyAndCheck() {
        assertThat(ddl.createTable(kinds())).containsExactly(CREATE_KINDS,
                "create unique index `kinds_ci_index` on `kinds`(lower(`ci`), `i`)",
                "create index `kinds_partial` on `kinds`(`s`) where (\"s\" is not null)",
                "create unique index `kinds_unique_where` on `kinds`(lower(`t`)) where (\"b\" = 1)");
        assertThat(ddl.createTable(kinds())).as("rendered again, from remembered pieces")
                .containsExactlyElementsOf(ddl.createTable(kinds()));
        TableModel bare = new TableModel("bare", List.of(column("only", AttributeType.text(), true, null)), List.of(),
                List.of(), List.of(), List.of());
        assertThat(ddl.createTable(bare)).containsExactly("create table `bare` (`only` TEXT null) strict");
    }

    @Test
    void rebuildsUnderAnotherNameAndDropsTables() {
        assertThat(ddl.createTableStatement(kinds(), "new_kinds"))
                .isEqualTo(CREATE_KINDS.replace("create table `kinds`", "create table `new_kinds`"));
        assertThat(ddl.dropTable("kinds")).isEqualTo("drop table `kinds`");
        assertThat(ddl.dropTable("we\"ird`x")).as("a name jOOQ escapes").isEqualTo("drop table `we\"ird``x`");
    }

    static ColumnModel column(String name, AttributeType type, boolean nullable, Object defaultValue) {
        return new ColumnModel(name, type, nullable, defaultValue == null ? null : ValueCaster.cast(type, defaultValue),
                false);
    }

    /** A table with a column of every kind, most with a default, four foreign keys, checks and indexes. */
    static TableModel kinds() {
        List<ColumnModel> columns = List.of(
                new ColumnModel("id", AttributeType.integer(), false, null, true),
                column("s", AttributeType.string(40), true, "it's \"quoted\" \\ back\nline\ttab \u00e9"),
                column("plain", AttributeType.string(), true, ""),
                column("ci", AttributeType.ciString(), false, null),
                column("t", AttributeType.text(), false, "x"),
                column("i", AttributeType.integer(), false, -42L),
                column("d", AttributeType.decimal(10, 3), true, "12.500"),
                column("b", AttributeType.bool(), false, false),
                column("b2", AttributeType.bool(), true, true),
                column("dt", AttributeType.date(), true, "2024-02-29"),
                column("tm", AttributeType.time(), true, "13:45:07.123456"),
                column("ts", AttributeType.timestamp(), true, "2024-01-02T03:04:05.678Z"),
                column("j", AttributeType.json(), true, Map.of("zeta", 1, "alpha", List.of("x", 2.5, true))),
                column("bin", AttributeType.binary(), true, new byte[] {0, 1, 2, (byte) 255}),
                column("u", AttributeType.uuid(), true, "123e4567-e89b-12d3-a456-426614174000"),
                column("e", AttributeType.enumOf("x'y", "b c"), false, "b c"),
                column("one", AttributeType.enumOf("only"), true, null),
                column("p1", AttributeType.integer(), true, null),
                column("p2", AttributeType.string(10), true, null));
        List<ForeignKeyModel> foreignKeys = List.of(
                new ForeignKeyModel("kinds_p1_fkey", List.of("p1"), "parent", List.of("id"), ForeignKeyAction.CASCADE,
                        ForeignKeyAction.SET_NULL),
                new ForeignKeyModel("kinds_p_fkey", List.of("p1", "p2"), "parent2", List.of("a", "b"),
                        ForeignKeyAction.RESTRICT, ForeignKeyAction.NO_ACTION),
                new ForeignKeyModel("kinds_i_fkey", List.of("i"), "parent3", List.of("id"), ForeignKeyAction.SET_NULL,
                        ForeignKeyAction.CASCADE),
                new ForeignKeyModel("kinds_e_fkey", List.of("e"), "parent4", List.of("id"), ForeignKeyAction.NO_ACTION,
                        ForeignKeyAction.RESTRICT));
        List<CheckModel> checks = List.of(
                CheckModel.oneOf("kinds_e_check", "e", List.of("x'y", "b c")),
                CheckModel.oneOf("kinds_one_check", "one", List.of("only")),
                CheckModel.sql("positive_i", "\"i\" >= -100 and \"s\" <> '?' and \"s\" <> '{0}'"));
        List<IndexModel> indexes = List.of(
                new IndexModel("kinds_ci_index", List.of(new IndexKey("ci", true), IndexKey.of("i")), true, true, null),
                new IndexModel("kinds_partial", List.of(IndexKey.of("s")), false, true, "\"s\" is not null"),
                new IndexModel("kinds_unique_where", List.of(new IndexKey("t", true)), true, true, "\"b\" = 1"));
        return new TableModel("kinds", columns, List.of("id", "s"), indexes, foreignKeys, checks);
    }
}
