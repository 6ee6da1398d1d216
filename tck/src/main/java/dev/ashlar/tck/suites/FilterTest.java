package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.query.Filter.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comparison, membership, nil and boolean filters; filter values are always bound, never spliced into SQL. */
@Tck
class FilterTest {

    static final Resource ITEM = Resource.define("Item", r -> r
            .table("items")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().integer("rank")
                    .decimal("amount", 20, 4).bool("flag").date("day").timestamp("at")
                    .enumOf("color", "red", "green", "blue").uuid("ref"))
            .actions(x -> x.defaults(CREATE, READ)
                    .defaultAccept("name", "rank", "amount", "flag", "day", "at", "color", "ref")));

    static final Domain DOMAIN = Domain.define("filters", d -> d.resources(ITEM));

    private static Ashlar seeded(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        item(ashlar, "a", 1L, "1.5000", true, "2024-01-01", "2024-01-01T00:00:00Z", "red");
        item(ashlar, "b", 2L, "-3.2500", false, "2024-06-15", "2024-06-15T12:00:00.000001Z", "green");
        item(ashlar, "c", 3L, "100.0000", true, "2025-12-31", "2025-12-31T23:59:59.999999Z", "blue");
        item(ashlar, "d", 10L, "0.0001", false, "1999-01-01", "1999-01-01T00:00:00Z", "red");
        item(ashlar, "e", null, null, null, null, null, null);
        return ashlar;
    }

    private static void item(Ashlar ashlar, String name, Long rank, String amount, Boolean flag, String day,
                             String at, String color) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("rank", rank);
        input.put("amount", amount);
        input.put("flag", flag);
        input.put("day", day);
        input.put("at", at);
        input.put("color", color);
        ashlar.create(ITEM, input);
    }

    private static List<String> names(Ashlar ashlar, Filter filter) {
        return Rows.column(ashlar.read(Query.of(ITEM).where(filter).sort(Sort.asc("name"))), "name");
    }

    @Test
    void equalityAndInequality(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("rank").eq(2))).containsExactly("b");
        assertThat(names(ashlar, where("name").eq("c"))).containsExactly("c");
        assertThat(names(ashlar, where("color").eq("red"))).containsExactly("a", "d");
        assertThat(names(ashlar, where("name").ne("c").and(where("rank").isNotNil()))).containsExactly("a", "b", "d");
    }

    @Test
    void orderingComparisonsOnIntegers(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("rank").lt(3))).containsExactly("a", "b");
        assertThat(names(ashlar, where("rank").le(3))).containsExactly("a", "b", "c");
        assertThat(names(ashlar, where("rank").gt(3))).containsExactly("d");
        assertThat(names(ashlar, where("rank").ge(3))).containsExactly("c", "d");
    }

    @Test
    void orderingComparisonsOnDecimalsAreNumeric(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("amount").gt(new BigDecimal("1.5")))).containsExactly("c");
        assertThat(names(ashlar, where("amount").ge("1.5"))).containsExactly("a", "c");
        assertThat(names(ashlar, where("amount").lt(0))).containsExactly("b");
        assertThat(names(ashlar, where("amount").lt("10"))).containsExactly("a", "b", "d");
        assertThat(names(ashlar, where("amount").eq("100"))).containsExactly("c");
    }

    @Test
    void orderingComparisonsOnDatesAndTimestamps(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("day").ge(LocalDate.of(2024, 6, 15)))).containsExactly("b", "c");
        assertThat(names(ashlar, where("day").lt("2000-01-01"))).containsExactly("d");
        assertThat(names(ashlar, where("at").gt(Instant.parse("2024-06-15T12:00:00Z")))).containsExactly("b", "c");
        assertThat(names(ashlar, where("at").le(Instant.parse("2024-06-15T12:00:00.000001Z"))))
                .containsExactly("a", "b", "d");
        assertThat(names(ashlar, where("at").eq("2025-12-31T23:59:59.999999Z"))).containsExactly("c");
    }

    @Test
    void booleanFilters(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("flag").eq(true))).containsExactly("a", "c");
        assertThat(names(ashlar, where("flag").eq(false))).containsExactly("b", "d");
        assertThat(names(ashlar, where("flag").isNil())).containsExactly("e");
    }

    @Test
    void membership(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("rank").in(1, 3, 99))).containsExactly("a", "c");
        assertThat(names(ashlar, where("name").in(List.of("e", "b")))).containsExactly("b", "e");
        assertThat(names(ashlar, where("color").in("green", "blue"))).containsExactly("b", "c");
    }

    @Test
    void membershipInAnEmptyListMatchesNothing(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("rank").in(List.of()))).isEmpty();
        assertThat(names(ashlar, Filter.not(where("rank").in(List.of())))).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void nilAndNotNil(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("rank").isNil())).containsExactly("e");
        assertThat(names(ashlar, where("amount").isNotNil())).containsExactly("a", "b", "c", "d");
        assertThat(names(ashlar, where("ref").isNil())).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void andOrNotCombine(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, Filter.all(where("flag").eq(true), where("rank").gt(1)))).containsExactly("c");
        assertThat(names(ashlar, Filter.any(where("rank").eq(1), where("color").eq("blue"), where("rank").isNil())))
                .containsExactly("a", "c", "e");
        assertThat(names(ashlar, Filter.not(where("color").eq("red")).and(where("color").isNotNil())))
                .containsExactly("b", "c");
        assertThat(names(ashlar, where("rank").ge(2).and(where("rank").le(3).or(where("name").eq("d")))))
                .containsExactly("b", "c", "d");
        assertThat(names(ashlar, Filter.not(Filter.any(where("rank").lt(3), where("rank").isNil()))))
                .containsExactly("c", "d");
    }

    @Test
    void filterValuesAreCastToTheAttributeType(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        assertThat(names(ashlar, where("rank").eq("10"))).containsExactly("d");
        assertThat(names(ashlar, where("flag").eq("true"))).containsExactly("a", "c");
        assertThat(names(ashlar, where("day").eq(LocalDate.of(2025, 12, 31).toString()))).containsExactly("c");
    }

    @Test
    void filterValuesAreBoundNotSplicedIntoSql(TckContext tck) {
        Ashlar ashlar = seeded(tck);
        ashlar.create(ITEM, Map.of("name", "x' OR '1'='1"));

        assertThat(names(ashlar, where("name").eq("a' OR '1'='1"))).isEmpty();
        assertThat(names(ashlar, where("name").eq("x' OR '1'='1"))).containsExactly("x' OR '1'='1");
        assertThat(names(ashlar, where("name").eq("'; DROP TABLE items; --"))).isEmpty();
        assertThat(names(ashlar, where("name").contains("' OR '"))).containsExactly("x' OR '1'='1");
        assertThat(names(ashlar, where("name").in("a\" OR \"1\"=\"1", "b"))).containsExactly("b");
        assertThat(Rows.count(ashlar, ITEM)).isEqualTo(6);
    }

    @Test
    void unknownAttributesAndWrongValueTypesAreInvalidInput(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        InvalidInputException unknown = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.read(Query.of(ITEM).where(where("colour").eq("red"))));
        InvalidInputException wrongType = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.read(Query.of(ITEM).where(where("rank").eq("ten"))));

        assertThat(unknown).isNotNull();
        assertThat(unknown.errorsFor("filter.colour")).extracting(f -> f.code()).containsExactly("unknown_attribute");
        assertThat(wrongType).isNotNull();
        assertThat(wrongType.errorsFor("filter.rank")).isNotEmpty();
    }

    @Test
    void filteredReadReturnsWholeRows(TckContext tck) {
        Ashlar ashlar = seeded(tck);

        List<Row> rows = ashlar.read(Query.of(ITEM).where(where("name").eq("b")));

        assertThat(rows).hasSize(1);
        Row b = rows.get(0);
        assertThat(b.getLong("rank")).isEqualTo(2L);
        assertThat(b.getDecimal("amount")).isEqualTo(new BigDecimal("-3.2500"));
        assertThat(b.getBoolean("flag")).isFalse();
        assertThat(ashlar.get(ITEM, b.getUuid("id"))).isEqualTo(b);
    }

    @Test
    void membershipWithMoreValuesThanTheBindParameterLimit(TckContext tck) {
        Ashlar ashlar = seeded(tck);
        int limit = ashlar.dataLayer("main").limits().maxBindParameters();
        List<Object> ranks = new java.util.ArrayList<>();
        for (long i = 0; i <= limit; i++) {
            ranks.add(1_000_000L + i);
        }
        ranks.add(3L);
        ranks.add(10L);

        assertThat(names(ashlar, where("rank").in(ranks))).containsExactly("c", "d");
    }
}
