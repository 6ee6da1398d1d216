package dev.ashlar.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.values.AttributeType;
import dev.ashlar.schema.TableModel;
import dev.ashlar.sql.DdlRenderer;
import dev.ashlar.sql.JdbcDataLayer;
import dev.ashlar.tck.support.DdlFixtures;
import java.util.List;
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
        TableModel bare = new TableModel("bare", List.of(DdlFixtures.column("only", AttributeType.text(), true, null)), List.of(),
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

    private static TableModel kinds() {
        return DdlFixtures.kinds();
    }
}
