package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.spi.Capability;
import dev.ashlar.tck.RequiresCapability;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sorting gives the same order on every dialect: explicit null placement, text in code-point (UTF-8 byte) order,
 * numeric decimals; limit and offset page through it.
 */
@Tck
class SortAndPagingTest {

    static final Resource ENTRY = Resource.define("Entry", r -> r
            .table("entries")
            .attributes(a -> a.uuidPrimaryKey("id").string("label").required().string("grp").integer("rank")
                    .decimal("amount", 38, 10).bool("flag").timestamp("at"))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("label", "grp", "rank", "amount", "flag", "at")));

    static final Domain DOMAIN = Domain.define("sorting", d -> d.resources(ENTRY));

    private static void entry(Ashlar ashlar, String label, String grp, Long rank) {
        Map<String, Object> input = new HashMap<>();
        input.put("label", label);
        input.put("grp", grp);
        input.put("rank", rank);
        ashlar.create(ENTRY, input);
    }

    private static Ashlar withRanks(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        entry(ashlar, "two", "x", 2L);
        entry(ashlar, "none", "x", null);
        entry(ashlar, "one", "y", 1L);
        entry(ashlar, "three", "y", 3L);
        entry(ashlar, "nothing", null, null);
        return ashlar;
    }

    private static List<String> labels(Ashlar ashlar, Query query) {
        return Rows.column(ashlar.read(query), "label");
    }

    private static List<String> labels(Ashlar ashlar, Sort... sorts) {
        return labels(ashlar, Query.of(ENTRY).sort(sorts));
    }

    @Test
    void ascendingPutsNilsLastAndDescendingFirstByDefault(TckContext tck) {
        Ashlar ashlar = withRanks(tck);

        assertThat(labels(ashlar, Sort.asc("rank"), Sort.asc("label")))
                .containsExactly("one", "two", "three", "none", "nothing");
        assertThat(labels(ashlar, Sort.desc("rank"), Sort.asc("label")))
                .containsExactly("none", "nothing", "three", "two", "one");
    }

    @Test
    void explicitNullPlacementIsHonouredInBothDirections(TckContext tck) {
        Ashlar ashlar = withRanks(tck);

        assertThat(labels(ashlar, Sort.asc("rank").nullsFirst(), Sort.asc("label")))
                .containsExactly("none", "nothing", "one", "two", "three");
        assertThat(labels(ashlar, Sort.desc("rank").nullsLast(), Sort.asc("label")))
                .containsExactly("three", "two", "one", "none", "nothing");
    }

    @Test
    void severalSortKeysApplyInOrder(TckContext tck) {
        Ashlar ashlar = withRanks(tck);

        assertThat(labels(ashlar, Sort.asc("grp").nullsFirst(), Sort.desc("rank").nullsLast(), Sort.asc("label")))
                .containsExactly("nothing", "two", "none", "three", "one");
        assertThat(labels(ashlar, Sort.desc("grp").nullsLast(), Sort.asc("rank").nullsFirst(), Sort.desc("label")))
                .containsExactly("one", "three", "none", "two", "nothing");
    }

    @Test
    void textSortsInCodePointOrder(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (String label : List.of("é", "a", "B", "中", "Ａ", "😀", "Z", "b", "", "aa", "A")) {
            entry(ashlar, label, null, null);
        }

        assertThat(labels(ashlar, Sort.asc("label")))
                .containsExactly("", "A", "B", "Z", "a", "aa", "b", "é", "中", "Ａ", "😀");
        assertThat(labels(ashlar, Sort.desc("label")))
                .containsExactly("😀", "Ａ", "中", "é", "b", "aa", "a", "Z", "B", "A", "");
    }

    @Test
    void textComparisonsUseTheSameOrderAsSorting(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (String label : List.of("B", "a", "é", "Z")) {
            entry(ashlar, label, null, null);
        }

        assertThat(labels(ashlar, Query.of(ENTRY).where(Filter.where("label").gt("Z")).sort(Sort.asc("label"))))
                .containsExactly("a", "é");
        assertThat(labels(ashlar, Query.of(ENTRY).where(Filter.where("label").lt("a")).sort(Sort.asc("label"))))
                .containsExactly("B", "Z");
    }

    @Test
    void decimalsSortNumerically(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (String amount : List.of("10.5", "9.25", "-1", "100", "0.001", "-20.75", "2", "0")) {
            ashlar.create(ENTRY, Map.of("label", amount, "amount", amount));
        }

        List<Row> rows = ashlar.read(Query.of(ENTRY).sort(Sort.asc("amount")));

        assertThat(Rows.column(rows, "label")).containsExactly("-20.75", "-1", "0", "0.001", "2", "9.25", "10.5", "100");
    }

    @Test
    @RequiresCapability(Capability.EXACT_DECIMAL_COMPARISON)
    void decimalsBeyondFifteenDigitsCompareExactly(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<String> values = List.of("1234567890123456789.0000000002", "1234567890123456789.0000000001",
                "1234567890123456789.0000000003", "-1234567890123456789.0000000001");
        for (String amount : values) {
            ashlar.create(ENTRY, Map.of("label", amount, "amount", amount));
        }

        assertThat(labels(ashlar, Sort.asc("amount"))).containsExactly("-1234567890123456789.0000000001",
                "1234567890123456789.0000000001", "1234567890123456789.0000000002", "1234567890123456789.0000000003");
        assertThat(labels(ashlar, Query.of(ENTRY)
                .where(Filter.where("amount").gt(new BigDecimal("1234567890123456789.0000000001")))
                .sort(Sort.asc("amount"))))
                .containsExactly("1234567890123456789.0000000002", "1234567890123456789.0000000003");
    }

    @Test
    void integersBooleansAndTimestampsSortByValue(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(ENTRY, Map.of("label", "max", "rank", Long.MAX_VALUE, "flag", true, "at", "9999-12-31T23:59:59.999999Z"));
        ashlar.create(ENTRY, Map.of("label", "min", "rank", Long.MIN_VALUE, "flag", false, "at", "0001-01-01T00:00:00Z"));
        ashlar.create(ENTRY, Map.of("label", "mid", "rank", -5, "flag", true, "at", "2024-01-01T00:00:00.000002Z"));
        ashlar.create(ENTRY, Map.of("label", "mid2", "rank", 100, "flag", false, "at", "2024-01-01T00:00:00.000001Z"));

        assertThat(labels(ashlar, Sort.asc("rank"))).containsExactly("min", "mid", "mid2", "max");
        assertThat(labels(ashlar, Sort.asc("at"))).containsExactly("min", "mid2", "mid", "max");
        assertThat(labels(ashlar, Sort.asc("flag"), Sort.asc("label"))).containsExactly("mid2", "min", "max", "mid");
    }

    @Test
    void limitAndOffsetPageThroughTheSortedRows(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (long i = 1; i <= 10; i++) {
            entry(ashlar, "e" + i, null, i);
        }
        Query sorted = Query.of(ENTRY).sort(Sort.asc("rank"));

        assertThat(labels(ashlar, sorted.limit(3))).containsExactly("e1", "e2", "e3");
        assertThat(labels(ashlar, sorted.limit(3).offset(4))).containsExactly("e5", "e6", "e7");
        assertThat(labels(ashlar, sorted.offset(7))).containsExactly("e8", "e9", "e10");
        assertThat(labels(ashlar, sorted.limit(5).offset(8))).containsExactly("e9", "e10");
        assertThat(labels(ashlar, sorted.offset(10))).isEmpty();
        assertThat(labels(ashlar, sorted.limit(0))).isEmpty();
    }

    @Test
    void pagesCoverEveryRowExactlyOnce(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (int i = 0; i < 25; i++) {
            entry(ashlar, String.format("p%02d", i), i % 2 == 0 ? "even" : null, (long) (i % 4));
        }
        Query sorted = Query.of(ENTRY).sort(Sort.asc("grp"), Sort.desc("rank"), Sort.asc("label"));
        List<String> all = labels(ashlar, sorted);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 4) {
            paged.addAll(labels(ashlar, sorted.limit(4).offset(offset)));
        }

        assertThat(all).hasSize(25).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void limitAppliesAfterTheFilter(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (long i = 1; i <= 6; i++) {
            entry(ashlar, "e" + i, i % 2 == 0 ? "even" : "odd", i);
        }

        assertThat(labels(ashlar, Query.of(ENTRY).where(Filter.where("grp").eq("even"))
                .sort(Sort.desc("rank")).limit(2))).containsExactly("e6", "e4");
    }
}
