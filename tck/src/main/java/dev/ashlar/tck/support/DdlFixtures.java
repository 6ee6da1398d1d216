package dev.ashlar.tck.support;

import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.internal.values.ValueCaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A table model that exercises every part of DDL rendering, for the dialects' renderer tests. */
public final class DdlFixtures {
    private DdlFixtures() {
    }

    public static ColumnModel column(String name, AttributeType type, boolean nullable, Object defaultValue) {
        return new ColumnModel(name, type, nullable, defaultValue == null ? null : ValueCaster.cast(type, defaultValue),
                false);
    }

    /**
     * A table with a column of every kind, most with a default, four foreign keys, checks and indexes, plus
     * {@code extraIndexes} (e.g. nulls-not-distinct ones where the dialect has them).
     */
    public static TableModel kinds(IndexModel... extraIndexes) {
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
        List<IndexModel> indexes = new ArrayList<>(List.of(
                new IndexModel("kinds_ci_index", List.of(new IndexKey("ci", true), IndexKey.of("i")), true, true, null),
                new IndexModel("kinds_partial", List.of(IndexKey.of("s")), false, true, "\"s\" is not null"),
                new IndexModel("kinds_unique_where", List.of(new IndexKey("t", true)), true, true, "\"b\" = 1")));
        indexes.addAll(List.of(extraIndexes));
        return new TableModel("kinds", columns, List.of("id", "s"), indexes, foreignKeys, checks);
    }
}
