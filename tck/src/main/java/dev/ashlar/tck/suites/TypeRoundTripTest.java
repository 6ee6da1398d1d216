package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
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
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every attribute type comes back exactly as written: the canonical Java type, nils, extremes, non-ASCII text,
 * exact decimals, microsecond UTC timestamps. The row a create returns equals the row read back later.
 */
@Tck
class TypeRoundTripTest {

    static final String[] VALUE_ATTRIBUTES = {"uuid_value", "string_value", "ci_value", "text_value",
            "integer_value", "decimal_value", "boolean_value", "date_value", "time_value", "timestamp_value",
            "json_value", "enum_value", "binary_value"};

    static final Resource SAMPLE = Resource.define("Sample", r -> r
            .table("samples")
            .attributes(a -> a.uuidPrimaryKey("id").uuid("uuid_value").string("string_value").ciString("ci_value")
                    .text("text_value").integer("integer_value").decimal("decimal_value", 38, 8)
                    .bool("boolean_value").date("date_value").time("time_value").timestamp("timestamp_value")
                    .json("json_value").enumOf("enum_value", "red", "green", "blue").binary("binary_value"))
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept(VALUE_ATTRIBUTES)));

    /** An unconstrained decimal ({@code decimal("amount")}): numeric without precision / exact text. */
    static final Resource PRICE = Resource.define("Price", r -> r
            .table("prices")
            .attributes(a -> a.uuidPrimaryKey("id").decimal("amount"))
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept("amount")));

    static final Domain DOMAIN = Domain.define("types", d -> d.resources(SAMPLE, PRICE));

    /** Creates a row, checks that a get returns exactly the created row, and returns it. */
    private static Row roundTrip(Ashlar ashlar, Map<String, ?> input) {
        Row created = ashlar.create(SAMPLE, input);
        Row fetched = ashlar.get(SAMPLE, created.getUuid("id"));
        assertThat(fetched).isEqualTo(created);
        return fetched;
    }

    private static Row roundTrip(Ashlar ashlar, String attribute, Object value) {
        Map<String, Object> input = new HashMap<>();
        input.put(attribute, value);
        return roundTrip(ashlar, input);
    }

    @Test
    void everyTypeRoundTripsAsItsCanonicalJavaType(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        UUID uuid = UUID.fromString("0b5c9a43-2f4e-4a55-9b1a-8f3f2f6e1d2c");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("uuid_value", uuid);
        input.put("string_value", "short");
        input.put("ci_value", "MiXeD Case");
        input.put("text_value", "long text");
        input.put("integer_value", 42L);
        input.put("decimal_value", new BigDecimal("1234.56789012"));
        input.put("boolean_value", true);
        input.put("date_value", LocalDate.of(2024, 2, 29));
        input.put("time_value", LocalTime.of(13, 45, 30, 123_456_000));
        input.put("timestamp_value", Instant.parse("2024-02-29T12:34:56.654321Z"));
        input.put("json_value", Map.of("a", 1, "b", "two"));
        input.put("enum_value", "green");
        input.put("binary_value", new byte[] {0, 1, 2, (byte) 0xff});

        Row row = roundTrip(ashlar, input);

        assertThat(row.getUuid("uuid_value")).isEqualTo(uuid);
        assertThat(row.getString("string_value")).isEqualTo("short");
        assertThat(row.getString("ci_value")).isEqualTo("MiXeD Case");
        assertThat(row.getString("text_value")).isEqualTo("long text");
        assertThat(row.getLong("integer_value")).isEqualTo(42L);
        assertThat(row.getDecimal("decimal_value")).isEqualTo(new BigDecimal("1234.56789012"));
        assertThat(row.getBoolean("boolean_value")).isTrue();
        assertThat(row.getDate("date_value")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(row.getTime("time_value")).isEqualTo(LocalTime.of(13, 45, 30, 123_456_000));
        assertThat(row.getInstant("timestamp_value")).isEqualTo(Instant.parse("2024-02-29T12:34:56.654321Z"));
        assertThat(row.getMap("json_value")).isEqualTo(Map.of("a", 1, "b", "two"));
        assertThat(row.getString("enum_value")).isEqualTo("green");
        assertThat(row.getBytes("binary_value")).containsExactly(0, 1, 2, 0xff);
        for (String attribute : VALUE_ATTRIBUTES) {
            assertThat(row.values().get(attribute)).as(attribute).isInstanceOf(expectedType(attribute));
        }
    }

    private static Class<?> expectedType(String attribute) {
        return switch (attribute) {
            case "uuid_value" -> UUID.class;
            case "integer_value" -> Long.class;
            case "decimal_value" -> BigDecimal.class;
            case "boolean_value" -> Boolean.class;
            case "date_value" -> LocalDate.class;
            case "time_value" -> LocalTime.class;
            case "timestamp_value" -> Instant.class;
            case "json_value" -> Map.class;
            case "binary_value" -> byte[].class;
            default -> String.class;
        };
    }

    @Test
    void nilRoundTripsForEveryType(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<String, Object> input = new HashMap<>();
        for (String attribute : VALUE_ATTRIBUTES) {
            input.put(attribute, null);
        }

        Row row = roundTrip(ashlar, input);

        for (String attribute : VALUE_ATTRIBUTES) {
            assertThat(row.has(attribute)).as(attribute).isTrue();
            assertThat(row.<Object>get(attribute)).as(attribute).isNull();
        }
    }

    @Test
    void integersKeepTheirFullSixtyFourBitRange(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (long value : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE + 1L,
                Long.MAX_VALUE - 1, Long.MAX_VALUE}) {
            assertThat(roundTrip(ashlar, "integer_value", value).getLong("integer_value")).isEqualTo(value);
        }
    }

    @Test
    void timestampsKeepTheExtremesOfYearsOneTo9999(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Instant min = Instant.parse("0001-01-01T00:00:00Z");
        Instant max = Instant.parse("9999-12-31T23:59:59.999999Z");

        assertThat(roundTrip(ashlar, "timestamp_value", min).getInstant("timestamp_value")).isEqualTo(min);
        assertThat(roundTrip(ashlar, "timestamp_value", max).getInstant("timestamp_value")).isEqualTo(max);
        assertThat(roundTrip(ashlar, "timestamp_value", Instant.EPOCH).getInstant("timestamp_value"))
                .isEqualTo(Instant.EPOCH);
    }

    @Test
    void timestampsKeepMicrosecondsAndTruncateNanoseconds(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Row micros = roundTrip(ashlar, "timestamp_value", Instant.parse("2024-06-01T10:00:00.000001Z"));
        Row nanos = roundTrip(ashlar, "timestamp_value", Instant.parse("2024-06-01T10:00:00.123456789Z"));
        Row beforeEpoch = roundTrip(ashlar, "timestamp_value", Instant.parse("1969-12-31T23:59:59.999999Z"));

        assertThat(micros.getInstant("timestamp_value")).isEqualTo(Instant.parse("2024-06-01T10:00:00.000001Z"));
        assertThat(nanos.getInstant("timestamp_value")).isEqualTo(Instant.parse("2024-06-01T10:00:00.123456Z"));
        assertThat(beforeEpoch.getInstant("timestamp_value")).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
    }

    @Test
    void timestampsWithAnOffsetAreStoredAsTheSameInstantInUtc(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        OffsetDateTime india = OffsetDateTime.of(2024, 3, 10, 2, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));

        Row row = roundTrip(ashlar, "timestamp_value", india);
        Row text = roundTrip(ashlar, "timestamp_value", "2024-03-10T02:30:00+05:30");

        assertThat(row.getInstant("timestamp_value")).isEqualTo(Instant.parse("2024-03-09T21:00:00Z"));
        assertThat(text.getInstant("timestamp_value")).isEqualTo(Instant.parse("2024-03-09T21:00:00Z"));
    }

    @Test
    void datesAndTimesKeepTheirExtremes(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (LocalDate date : List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1970, 1, 1),
                LocalDate.of(2000, 2, 29))) {
            assertThat(roundTrip(ashlar, "date_value", date).getDate("date_value")).isEqualTo(date);
        }
        for (LocalTime time : List.of(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000),
                LocalTime.of(0, 0, 0, 1_000), LocalTime.NOON)) {
            assertThat(roundTrip(ashlar, "time_value", time).getTime("time_value")).isEqualTo(time);
        }
    }

    @Test
    void timesTruncateNanosecondsToMicroseconds(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Row row = roundTrip(ashlar, "time_value", LocalTime.of(8, 15, 0, 123_456_789));

        assertThat(row.getTime("time_value")).isEqualTo(LocalTime.of(8, 15, 0, 123_456_000));
    }

    @Test
    void thirtyDigitDecimalsAreExact(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (String value : List.of("1234567890123456789012.12345678", "-1234567890123456789012.12345678",
                "999999999999999999999999999999.99999999", "0.00000001", "0.00000000", "-0.10000000")) {
            BigDecimal expected = new BigDecimal(value);
            assertThat(roundTrip(ashlar, "decimal_value", expected).getDecimal("decimal_value"))
                    .as(value).isEqualTo(expected);
        }
    }

    @Test
    void unconstrainedDecimalsKeepEveryDigitInTheirShortestForm(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<Object, String> expected = new LinkedHashMap<>();
        expected.put(new BigDecimal("4.50"), "4.5");
        expected.put("0.1", "0.1");
        expected.put(0.1d, "0.1");
        expected.put(7, "7");
        expected.put(new BigDecimal("1E+3"), "1000");
        expected.put("0.000", "0");
        expected.put("-0.000000000000000000000000000000000001", "-0.000000000000000000000000000000000001");
        expected.put("123456789012345678901234567890123456789012345678901234567890.123456789012345678901234567890",
                "123456789012345678901234567890123456789012345678901234567890.12345678901234567890123456789");
        for (Map.Entry<Object, String> e : expected.entrySet()) {
            Row created = ashlar.create(PRICE, Map.of("amount", e.getKey()));
            assertThat(created.getDecimal("amount")).as(String.valueOf(e.getKey()))
                    .isEqualTo(new BigDecimal(e.getValue()));
            assertThat(ashlar.get(PRICE, created.getUuid("id"))).isEqualTo(created);
        }
        Row tea = ashlar.create(PRICE, Map.of("amount", "4.5000"));
        assertThat(ashlar.read(Query.of(PRICE).where(Filter.where("amount").eq("4.50")))).hasSize(2).contains(tea);
        assertThat(ashlar.read(Query.of(PRICE).where(Filter.where("amount").in(7, "1000.0")))).hasSize(2);
        assertThat(ashlar.read(Query.of(PRICE).where(Filter.where("amount").gt(999)).sort(Sort.asc("amount"))))
                .extracting(r -> r.getDecimal("amount").toPlainString())
                .containsExactly("1000", "123456789012345678901234567890123456789012345678901234567890"
                        + ".12345678901234567890123456789");
    }

    @Test
    void decimalsComeBackAtTheDeclaredScale(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        assertThat(roundTrip(ashlar, "decimal_value", new BigDecimal("1.5")).getDecimal("decimal_value"))
                .isEqualTo(new BigDecimal("1.50000000"));
        assertThat(roundTrip(ashlar, "decimal_value", 7).getDecimal("decimal_value"))
                .isEqualTo(new BigDecimal("7.00000000"));
        assertThat(roundTrip(ashlar, "decimal_value", "0.1").getDecimal("decimal_value"))
                .isEqualTo(new BigDecimal("0.10000000"));
    }

    @Test
    void textKeepsEmptyStringsWhitespaceQuotesAndControlCharacters(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (String value : List.of("", " ", "  padded  ", "it's \"quoted\"", "back\\slash", "line\nbreak\ttab\r",
                "%_*?[]", "x' OR '1'='1")) {
            assertThat(roundTrip(ashlar, "string_value", value).getString("string_value")).isEqualTo(value);
            assertThat(roundTrip(ashlar, "text_value", value).getString("text_value")).isEqualTo(value);
        }
    }

    @Test
    void emptyStringStaysDistinctFromNil(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Row empty = roundTrip(ashlar, "string_value", "");
        Row nil = roundTrip(ashlar, "string_value", null);

        assertThat(empty.getString("string_value")).isNotNull().isEmpty();
        assertThat(nil.getString("string_value")).isNull();
    }

    @Test
    void nonAsciiTextRoundTrips(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        for (String value : List.of("😀🎉👩‍👩‍👧", "éàüñçØ", "漢字かなカナ한국어", "שלום مرحبا", "e\u0301", "\uFFFD\u2028",
                "Ａ𝔘𝔫𝔦𝔠𝔬𝔡𝔢")) {
            assertThat(roundTrip(ashlar, "string_value", value).getString("string_value")).isEqualTo(value);
            assertThat(roundTrip(ashlar, "ci_value", value).getString("ci_value")).isEqualTo(value);
            assertThat(roundTrip(ashlar, "text_value", value).getString("text_value")).isEqualTo(value);
        }
    }

    @Test
    void longTextRoundTrips(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        String value = "ab😀c".repeat(50_000);

        assertThat(roundTrip(ashlar, "text_value", value).getString("text_value")).isEqualTo(value);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonKeepsNestedMapsListsNumbersBooleansAndNull(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("name", "café ☕");
        nested.put("count", 3);
        nested.put("big", 9_007_199_254_740_993L);
        nested.put("negative", -17);
        nested.put("ratio", 2.5);
        nested.put("yes", true);
        nested.put("no", false);
        nested.put("nothing", null);
        nested.put("list", Arrays.asList(1, "two", 3.25, null, false, List.of(), Map.of()));
        nested.put("empty", Map.of());
        nested.put("deep", Map.of("a", Map.of("b", Map.of("c", List.of(Map.of("d", "e"))))));
        nested.put("quote", "it's \"x\" \\ /");

        Row row = roundTrip(ashlar, "json_value", nested);

        Map<String, Object> stored = row.getMap("json_value");
        assertThat(stored).isEqualTo(nested);
        assertThat(stored).containsEntry("nothing", null);
        assertThat(stored.get("count")).isInstanceOf(Integer.class);
        assertThat(stored.get("big")).isEqualTo(9_007_199_254_740_993L);
        assertThat(stored.get("ratio")).isEqualTo(2.5);
        assertThat(stored.get("yes")).isEqualTo(Boolean.TRUE);
        assertThat((List<Object>) stored.get("list")).containsExactly(1, "two", 3.25, null, false, List.of(), Map.of());
    }

    @Test
    void jsonEmptyObjectIsNotNil(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Row row = roundTrip(ashlar, "json_value", Map.of());

        assertThat(row.getMap("json_value")).isNotNull().isEmpty();
    }

    @Test
    void binaryKeepsEmptyArraysAndEveryByteValue(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }

        Row empty = roundTrip(ashlar, "binary_value", new byte[0]);
        Row every = roundTrip(ashlar, "binary_value", all);

        assertThat(empty.getBytes("binary_value")).isNotNull().isEmpty();
        assertThat(every.getBytes("binary_value")).isEqualTo(all);
    }

    @Test
    void booleansEnumsAndUuidsRoundTrip(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        assertThat(roundTrip(ashlar, "boolean_value", false).getBoolean("boolean_value")).isFalse();
        assertThat(roundTrip(ashlar, "boolean_value", true).getBoolean("boolean_value")).isTrue();
        for (String color : List.of("red", "green", "blue")) {
            assertThat(roundTrip(ashlar, "enum_value", color).getString("enum_value")).isEqualTo(color);
        }
        for (UUID uuid : List.of(new UUID(0, 0), new UUID(-1, -1), UUID.randomUUID())) {
            assertThat(roundTrip(ashlar, "uuid_value", uuid).getUuid("uuid_value")).isEqualTo(uuid);
        }
    }

    @Test
    void updatedValuesRoundTripLikeCreatedOnes(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row row = roundTrip(ashlar, Map.of("integer_value", 1, "string_value", "a"));
        Map<String, Object> changes = new HashMap<>();
        changes.put("integer_value", Long.MIN_VALUE);
        changes.put("string_value", null);
        changes.put("decimal_value", new BigDecimal("-1234567890123456789012.12345678"));
        changes.put("timestamp_value", Instant.parse("9999-12-31T23:59:59.999999Z"));
        changes.put("json_value", Map.of("list", List.of(1, 2)));
        changes.put("binary_value", new byte[0]);

        Row updated = ashlar.update(SAMPLE, row, changes);

        assertThat(ashlar.get(SAMPLE, row.getUuid("id"))).isEqualTo(updated);
        assertThat(updated.getLong("integer_value")).isEqualTo(Long.MIN_VALUE);
        assertThat(updated.getString("string_value")).isNull();
        assertThat(updated.getDecimal("decimal_value")).isEqualTo(new BigDecimal("-1234567890123456789012.12345678"));
        assertThat(updated.getInstant("timestamp_value")).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999Z"));
        assertThat(updated.getMap("json_value")).isEqualTo(Map.of("list", List.of(1, 2)));
        assertThat(updated.getBytes("binary_value")).isEmpty();
    }

    @Test
    void readReturnsTheSameValuesAsGet(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<Row> created = new ArrayList<>();
        created.add(roundTrip(ashlar, Map.of("decimal_value", "0.1", "json_value", Map.of("k", List.of(true)))));
        created.add(roundTrip(ashlar, Map.of("timestamp_value", "0001-01-01T00:00:00Z", "binary_value", new byte[] {9})));

        assertThat(Rows.all(ashlar, SAMPLE)).containsExactlyInAnyOrderElementsOf(created);
    }
}
