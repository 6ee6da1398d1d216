package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.action.ActionType;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every type change codegen accepts (README "Supported type changes"), applied to a table holding rows: the values
 * are converted, read back equal (and found by an equality filter) after the migration, after its rollback and after
 * migrating again. Any other type change is refused by codegen, before anything is written.
 */
@Tck
class TypeChangeTest {
    private static final UUID ID = UUID.fromString("0b0c5a52-54c5-4b7e-9f1e-3d2a1c0b9e77");

    /** One column per accepted change: its type before, its type after, a stored value, and that value after. */
    private record Change(String column, AttributeType before, AttributeType after, Object value, Object converted) {}

    private static final List<Change> CHANGES = List.of(
            new Change("string_to_text", AttributeType.string(20), AttributeType.text(), "héllo", "héllo"),
            new Change("text_to_string", AttributeType.text(), AttributeType.string(), "long text", "long text"),
            new Change("ci_to_string", AttributeType.ciString(), AttributeType.string(), "MiXeD", "MiXeD"),
            new Change("string_longer", AttributeType.string(5), AttributeType.string(10), "abcde", "abcde"),
            new Change("string_to_ci", AttributeType.string(), AttributeType.ciString(), "Tea", "Tea"),
            new Change("enum_to_text", AttributeType.enumOf("a", "b"), AttributeType.text(), "b", "b"),
            new Change("enum_wider", AttributeType.enumOf("a", "b"), AttributeType.enumOf("a", "b", "c"), "a", "a"),
            new Change("text_to_enum", AttributeType.text(), AttributeType.enumOf("x", "y"), "y", "y"),
            new Change("uuid_to_text", AttributeType.uuid(), AttributeType.text(), ID, ID.toString()),
            new Change("integer_to_text", AttributeType.integer(), AttributeType.string(), -5L, "-5"),
            new Change("decimal_to_text", AttributeType.decimal(12, 2), AttributeType.text(), new BigDecimal("4.50"),
                    "4.50"),
            new Change("date_to_text", AttributeType.date(), AttributeType.text(), LocalDate.of(2024, 1, 31),
                    "2024-01-31"),
            new Change("text_to_binary", AttributeType.text(), AttributeType.binary(), "héllo \\x41",
                    "héllo \\x41".getBytes(StandardCharsets.UTF_8)),
            new Change("decimal_wider", AttributeType.decimal(6, 2), AttributeType.decimal(12, 2),
                    new BigDecimal("1234.56"), new BigDecimal("1234.56")),
            new Change("integer_to_decimal", AttributeType.integer(), AttributeType.decimal(20, 0), 42L,
                    new BigDecimal("42")),
            new Change("integer_to_unconstrained", AttributeType.integer(), AttributeType.decimal(), -42L,
                    new BigDecimal("-42")),
            new Change("decimal_to_unconstrained", AttributeType.decimal(12, 2), AttributeType.decimal(),
                    new BigDecimal("4.50"), new BigDecimal("4.5")));

    /** Rows of a decimal(12,2) column by label: the value stored at scale 2 and as an unconstrained decimal. */
    private static final Map<String, BigDecimal[]> AMOUNTS = amounts(
            "positive", "12.34", "12.34",
            "negative", "-7.25", "-7.25",
            "negative_half", "-0.50", "-0.5",
            "negative_whole", "-3.00", "-3",
            "zero", "0.00", "0",
            "four_fifty", "4.50", "4.5",
            "ten_ten", "10.10", "10.1",
            "hundred", "100.00", "100");

    @Test
    void everyAcceptedTypeChangeConvertsStoredValuesUpDownAndUpAgain(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        Domain before = domain(false);
        Domain after = domain(true);
        ws.generate(before, "typed");
        ws.migrate(before, MigrateRequest.all());
        ws.with(before, ashlar -> {
            Map<String, Object> values = new HashMap<>();
            CHANGES.forEach(c -> values.put(c.column(), c.value()));
            values.put("label", "full");
            ashlar.create(ashlar.domain().require("Typed"), values);
            ashlar.create(ashlar.domain().require("Typed"), Map.of("label", "empty"));
            return null;
        });

        ws.generate(after, "retyped");
        ws.migrate(after, MigrateRequest.all());
        assertValues(ws, after, true, "after the type changes");

        ws.rollback(after, RollbackRequest.last(1).forced());
        assertValues(ws, before, false, "after rolling the type changes back");

        ws.migrate(after, MigrateRequest.all());
        assertValues(ws, after, true, "after the type changes again");
    }

    @Test
    void typeChangesNoDialectPerformsAlikeAreRefusedByCodegenNamingTheColumn(TckContext tck, @TempDir Path root) {
        List<AttributeType[]> refused = List.of(
                new AttributeType[] {AttributeType.text(), AttributeType.integer()},
                new AttributeType[] {AttributeType.string(10), AttributeType.string(5)},
                new AttributeType[] {AttributeType.text(), AttributeType.string(5)},
                new AttributeType[] {AttributeType.binary(), AttributeType.text()},
                new AttributeType[] {AttributeType.bool(), AttributeType.text()},
                new AttributeType[] {AttributeType.json(), AttributeType.text()},
                new AttributeType[] {AttributeType.decimal(12, 2), AttributeType.decimal(12, 1)},
                new AttributeType[] {AttributeType.decimal(), AttributeType.decimal(12, 2)},
                new AttributeType[] {AttributeType.decimal(), AttributeType.integer()},
                new AttributeType[] {AttributeType.integer(), AttributeType.bool()});
        for (AttributeType[] change : refused) {
            Domain from = single(change[0]);
            Domain to = single(change[1]);
            MigrationWorkspace fresh = new MigrationWorkspace(tck, root.resolve(change[0].kind() + "_"
                    + change[1].kind() + "_" + refused.indexOf(change)));
            fresh.generate(from, "first");
            Map<String, String> filesBefore = fresh.files();

            Throwable thrown = catchThrowable(() -> fresh.codegen(to, "second", o -> o));

            assertThat(thrown).as(change[0] + " -> " + change[1]).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("cannot change retype_refused.value")
                    .hasMessageContaining("from " + change[0] + " to " + change[1]);
            assertThat(fresh.files()).as("files after refusing " + change[0] + " -> " + change[1])
                    .isEqualTo(filesBefore);
        }
    }

    /**
     * decimal(12,2) to unconstrained rewrites every stored value to its shortest form (4.50 to 4.5, as the
     * unconstrained decimal writes it), so equality filters find the rows alike on every dialect; the rollback brings
     * the values back at scale 2. A value written since that does not fit decimal(12,2) makes the rollback fail and
     * change nothing, on every dialect.
     */
    @Test
    void aDecimalBecomesUnconstrainedInItsShortestFormAndGoesBackToItsScale(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        Domain scaled = priced(true);
        Domain unconstrained = priced(false);
        ws.generate(scaled, "scaled_prices");
        ws.migrate(scaled, MigrateRequest.all());
        ws.with(scaled, ashlar -> {
            Resource price = ashlar.domain().require("Price");
            AMOUNTS.forEach((label, amount) -> ashlar.create(price, Map.of("label", label, "amount", amount[0])));
            ashlar.create(price, Map.of("label", "nil"));
            return null;
        });

        ws.generate(unconstrained, "unconstrained_prices");
        ws.migrate(unconstrained, MigrateRequest.all());
        assertAmounts(ws, unconstrained, 1, "after unconstraining amount");
        Row precise = ws.with(unconstrained, ashlar -> ashlar.create(ashlar.domain().require("Price"),
                Map.of("label", "precise", "amount", "12345678901234567890.125")));
        BigDecimal readBack = ws.with(unconstrained, ashlar -> ashlar.get(ashlar.domain().require("Price"),
                precise.get("id")).getDecimal("amount"));
        assertThat(readBack).isEqualTo(new BigDecimal("12345678901234567890.125"));

        Throwable refused = catchThrowable(() -> ws.rollback(unconstrained, RollbackRequest.last(1).forced()));
        assertThat(refused).as("rolling back over a value decimal(12,2) cannot hold")
                .isInstanceOf(MigrationException.class);
        assertAmounts(ws, unconstrained, 1, "after the refused rollback");
        ws.with(unconstrained, ashlar -> {
            ashlar.destroy(ashlar.domain().require("Price"), precise);
            return null;
        });

        ws.rollback(unconstrained, RollbackRequest.last(1).forced());
        assertAmounts(ws, scaled, 0, "after rolling back to decimal(12,2)");

        ws.migrate(unconstrained, MigrateRequest.all());
        assertAmounts(ws, unconstrained, 1, "after unconstraining amount again");
    }

    @Test
    void aStoredValueOutsideANarrowedEnumFailsTheMigrationAndChangesNothing(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        Domain text = single(AttributeType.text());
        Domain narrowed = single(AttributeType.enumOf("x", "y"));
        ws.generate(text, "free_text");
        ws.migrate(text, MigrateRequest.all());
        ws.with(text, ashlar -> ashlar.create(ashlar.domain().require("Refused"), Map.of("value", "z")));
        ws.generate(narrowed, "to_enum");

        Throwable failed = catchThrowable(() -> ws.migrate(narrowed, MigrateRequest.all()));

        assertThat(failed).isInstanceOf(MigrationException.class).hasMessageContaining("rolled back");
        ws.assertSchemaMatches(text, "after the failed narrowing");
        List<String> values = ws.with(text, ashlar -> ashlar.read(Query.of(ashlar.domain().require("Refused")))
                .stream().map(r -> r.getString("value")).toList());
        assertThat(values).containsExactly("z");
    }

    private static void assertValues(MigrationWorkspace ws, Domain domain, boolean converted, String when) {
        ws.assertSchemaMatches(domain, when);
        ws.with(domain, ashlar -> {
            Resource typed = ashlar.domain().require("Typed");
            Row full = ashlar.read(Query.of(typed).where(Filter.where("label").eq("full"))).get(0);
            Row empty = ashlar.read(Query.of(typed).where(Filter.where("label").eq("empty"))).get(0);
            for (Change c : CHANGES) {
                Object expected = converted ? c.converted() : c.value();
                if (expected instanceof byte[] bytes) {
                    assertThat(full.getBytes(c.column())).as(c.column() + " " + when).isEqualTo(bytes);
                } else {
                    assertThat(full.<Object>get(c.column())).as(c.column() + " " + when).isEqualTo(expected);
                    assertThat(ashlar.read(Query.of(typed).where(Filter.where(c.column()).eq(expected))))
                            .as("rows whose " + c.column() + " equals " + expected + " " + when)
                            .extracting(r -> r.getString("label")).containsExactly("full");
                }
                assertThat(empty.<Object>get(c.column())).as(c.column() + " of the row of nulls " + when).isNull();
            }
            return null;
        });
    }

    /** Each labelled amount reads back as {@code form} (0: at scale 2, 1: shortest) and equality finds its row. */
    private static void assertAmounts(MigrationWorkspace ws, Domain domain, int form, String when) {
        ws.assertSchemaMatches(domain, when);
        ws.with(domain, ashlar -> {
            Resource price = ashlar.domain().require("Price");
            Map<String, BigDecimal> read = new HashMap<>();
            ashlar.read(Query.of(price)).forEach(r -> read.put(r.getString("label"), r.getDecimal("amount")));
            assertThat(read).as("amounts " + when).containsEntry("nil", null);
            AMOUNTS.forEach((label, amount) -> {
                assertThat(read.get(label)).as(label + " " + when).isEqualTo(amount[form]);
                for (BigDecimal probe : amount) {
                    assertThat(ashlar.read(Query.of(price).where(Filter.where("amount").eq(probe))))
                            .as("rows whose amount equals " + probe + " " + when)
                            .extracting(r -> r.getString("label")).containsExactly(label);
                }
            });
            return null;
        });
    }

    private static Domain priced(boolean scaled) {
        Resource price = Resource.define("Price", r -> r.table("decimal_prices")
                .attributes(a -> a.uuidPrimaryKey("id").string("label").required()
                        .attribute("amount", scaled ? AttributeType.decimal(12, 2) : AttributeType.decimal()))
                .actions(x -> x.defaults(ActionType.CREATE, ActionType.READ, ActionType.DESTROY)
                        .defaultAccept("label", "amount")));
        return Domain.define("priced_" + scaled, d -> d.resources(price));
    }

    private static Map<String, BigDecimal[]> amounts(String... labelScaledShortest) {
        Map<String, BigDecimal[]> amounts = new LinkedHashMap<>();
        for (int i = 0; i < labelScaledShortest.length; i += 3) {
            amounts.put(labelScaledShortest[i], new BigDecimal[] {new BigDecimal(labelScaledShortest[i + 1]),
                    new BigDecimal(labelScaledShortest[i + 2])});
        }
        return amounts;
    }

    private static Domain domain(boolean converted) {
        Resource typed = Resource.define("Typed", r -> r.table("retyped")
                .attributes(a -> {
                    a.uuidPrimaryKey("id").string("label").required();
                    CHANGES.forEach(c -> a.attribute(c.column(), converted ? c.after() : c.before()));
                })
                .actions(x -> x.defaults(ActionType.CREATE, ActionType.READ).defaultAccept(accepted())));
        return Domain.define("retyped_" + converted, d -> d.resources(typed));
    }

    private static String[] accepted() {
        Map<String, Boolean> names = new LinkedHashMap<>();
        names.put("label", true);
        CHANGES.forEach(c -> names.put(c.column(), true));
        return names.keySet().toArray(String[]::new);
    }

    private static Domain single(AttributeType type) {
        Resource refused = Resource.define("Refused", r -> r.table("retype_refused")
                .attributes(a -> a.uuidPrimaryKey("id").attribute("value", type))
                .actions(x -> x.defaults(ActionType.CREATE, ActionType.READ).defaultAccept("value")));
        return Domain.define("retype_refused_" + type.kind(), d -> d.resources(refused));
    }
}
