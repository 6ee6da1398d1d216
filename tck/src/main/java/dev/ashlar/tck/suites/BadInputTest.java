package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.action.BulkOptions;
import dev.ashlar.action.BulkResult;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Bad input is refused the same way on every dialect, before it reaches the database, as an
 * {@link InvalidInputException} naming the field: null keys, nil comparisons, filters on JSON, NUL characters and
 * lone surrogates in text, NaN and Infinity in JSON. Timestamps keep microseconds on every path.
 */
@Tck
class BadInputTest {

    static final Resource NOTE = Resource.define("Note", r -> r
            .table("bad_input_notes")
            .attributes(a -> a.uuidPrimaryKey("id").string("title").required().text("body").json("meta")
                    .timestamp("seen_at"))
            .identity("unique_title", "title")
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept("title", "body", "meta", "seen_at")
                    .read("titled", q -> q.argument("title", AttributeType.string())
                            .filter(args -> Filter.where("title").eq(args.get("title"))))));

    static final Domain DOMAIN = Domain.define("bad_input", d -> d.resources(NOTE));

    private static InvalidInputException invalid(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("an InvalidInputException was expected").isNotNull();
        return e;
    }

    private static Map<String, Object> withNullKey() {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "t");
        input.put(null, "x");
        return input;
    }

    private static List<Row> read(Ashlar ashlar, Filter filter) {
        return ashlar.read(Query.of(NOTE).where(filter));
    }

    @Test
    void nullKeysInInputAreInvalidInput(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row note = ashlar.create(NOTE, Map.of("title", "first"));

        InvalidInputException create = invalid(() -> ashlar.create(NOTE, withNullKey()));
        assertThat(create.errors()).extracting(FieldError::code).containsExactly("null_key");
        assertThat(create.getMessage()).contains("null key");
        assertThat(invalid(() -> ashlar.update(NOTE, note.getUuid("id"), withNullKey())).errors())
                .extracting(FieldError::code).containsExactly("null_key");
        assertThat(invalid(() -> ashlar.getBy(NOTE, "unique_title", withNullKey())).errors())
                .extracting(FieldError::code).containsExactly("null_key");
        assertThat(invalid(() -> ashlar.read("titled", withNullKey(), Query.of(NOTE))).errors())
                .extracting(FieldError::code).containsExactly("null_key");

        BulkResult bulk = ashlar.bulkCreate(NOTE, "create", List.of(Map.of("title", "a"), withNullKey()),
                BulkOptions.atomicBatches());
        assertThat(bulk.errors()).containsOnlyKeys(1);
        assertThat(invalid(bulk::orThrow).errors()).extracting(FieldError::path).containsExactly("[1]");
        assertThat(ashlar.read(Query.of(NOTE))).hasSize(1);
    }

    @Test
    void nilComparisonsSayToUseIsNil(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        InvalidInputException eq = invalid(() -> read(ashlar, Filter.where("body").eq(null)));
        assertThat(eq.errors()).extracting(FieldError::path, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("filter.body", "nil_value"));
        assertThat(eq.getMessage()).contains("isNil()");
        assertThat(invalid(() -> read(ashlar, Filter.where("body").ne(null))).getMessage()).contains("isNil()");
        assertThat(invalid(() -> read(ashlar, Filter.where("body").contains(null))).getMessage()).contains("isNil()");
        assertThat(invalid(() -> read(ashlar, Filter.where("body").in("a", null))).getMessage()).contains("isNil()");
        Map<String, Object> noTitle = new HashMap<>();
        noTitle.put("title", null);
        assertThat(invalid(() -> ashlar.read("titled", noTitle, Query.of(NOTE))).getMessage()).contains("isNil()");
    }

    @Test
    void jsonAttributesCannotBeFilteredWithInOrEq(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(NOTE, Map.of("title", "t", "meta", Map.of("a", 1)));

        assertThat(invalid(() -> read(ashlar, Filter.where("meta").in(Map.of("a", 1)))).errors())
                .extracting(FieldError::code).containsExactly("not_comparable");
        assertThat(invalid(() -> read(ashlar, Filter.where("meta").eq(Map.of("a", 1)))).errors())
                .extracting(FieldError::code).containsExactly("not_comparable");
    }

    @Test
    void nulInTextFilterValuesIsRefused(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(NOTE, Map.of("title", "a", "body", "ab"));

        for (Filter filter : List.of(Filter.where("body").eq("a\0b"), Filter.where("body").contains("a\0"),
                Filter.where("body").startsWith("\0"), Filter.where("body").equalsIgnoreCase("a\0b"),
                Filter.where("body").containsIgnoreCase("\0"), Filter.where("body").in("x", "a\0b"))) {
            assertThat(invalid(() -> read(ashlar, filter)).errors()).as(filter.toString())
                    .extracting(FieldError::path, FieldError::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("filter.body", "invalid_text"));
        }
    }

    @Test
    void loneSurrogatesAreRefusedInValuesJsonAndFilters(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        String lone = "a\uD800b";

        assertThat(invalid(() -> ashlar.create(NOTE, Map.of("title", lone))).errorsFor("title"))
                .extracting(FieldError::code).containsExactly("invalid_text");
        assertThat(invalid(() -> ashlar.create(NOTE, Map.of("title", "t", "body", "\uDC00"))).errorsFor("body"))
                .extracting(FieldError::code).containsExactly("invalid_text");
        assertThat(invalid(() -> ashlar.create(NOTE, Map.of("title", "t", "meta", Map.of("k", List.of(lone)))))
                .errorsFor("meta")).extracting(FieldError::code).containsExactly("invalid_text");
        assertThat(invalid(() -> ashlar.create(NOTE, Map.of("title", "t", "meta", Map.of(lone, 1))))
                .errorsFor("meta")).extracting(FieldError::code).containsExactly("invalid_text");
        assertThat(invalid(() -> ashlar.create(NOTE, Map.of("title", "t", "meta", "{\"k\": \"\\ud800\"}")))
                .errorsFor("meta")).extracting(FieldError::code).containsExactly("invalid_text");
        assertThat(invalid(() -> read(ashlar, Filter.where("title").eq(lone))).errors())
                .extracting(FieldError::code).containsExactly("invalid_text");
        assertThat(invalid(() -> read(ashlar, Filter.where("title").contains(lone))).errors())
                .extracting(FieldError::code).containsExactly("invalid_text");
        assertThat(ashlar.read(Query.of(NOTE))).isEmpty();

        String pair = "tea \uD83C\uDF75"; // a surrogate pair is a real character and is kept
        Row row = ashlar.create(NOTE, Map.of("title", pair, "meta", Map.of(pair, pair)));
        assertThat(ashlar.get(NOTE, row.getUuid("id"))).isEqualTo(row);
        assertThat(read(ashlar, Filter.where("title").eq(pair))).containsExactly(row);
    }

    @Test
    void nonFiniteNumbersInJsonAreRefused(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        for (Object bad : List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                List.of(1, Double.NaN), Map.of("inner", Double.NEGATIVE_INFINITY))) {
            InvalidInputException e = invalid(() -> ashlar.create(NOTE, Map.of("title", "t",
                    "meta", Map.of("x", bad))));
            assertThat(e.errorsFor("meta")).as(String.valueOf(bad)).extracting(FieldError::code)
                    .containsExactly("invalid_json");
        }
        assertThat(invalid(() -> ashlar.create(NOTE, Map.of("title", "t", "meta", "{\"x\": NaN}")))
                .errorsFor("meta")).extracting(FieldError::code).containsExactly("invalid_json");
        assertThat(ashlar.read(Query.of(NOTE))).isEmpty();
    }

    @Test
    void timestampsAreTruncatedToMicrosecondsFromJavaValuesAndText(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Instant micros = Instant.parse("2024-05-06T07:08:09.123456Z");

        Row fromNanos = ashlar.create(NOTE, Map.of("title", "nanos", "seen_at", micros.plusNanos(789)));
        Row fromText = ashlar.create(NOTE, Map.of("title", "text", "seen_at", "2024-05-06T07:08:09.123456789Z"));
        Row fromLongText = ashlar.create(NOTE, Map.of("title", "long",
                "seen_at", "2024-05-06T09:08:09.123456789123+02:00"));
        for (Row row : List.of(fromNanos, fromText, fromLongText)) {
            assertThat(row.getInstant("seen_at")).as(row.getString("title")).isEqualTo(micros);
            assertThat(ashlar.get(NOTE, row.getUuid("id"))).isEqualTo(row);
        }
        assertThat(read(ashlar, Filter.where("seen_at").eq("2024-05-06T07:08:09.1234569999Z"))).hasSize(3);
        assertThat(read(ashlar, Filter.where("seen_at").eq(micros.plusNanos(999)))).hasSize(3);

        Instant now = Instant.now();
        Row current = ashlar.create(NOTE, Map.of("title", "now", "seen_at", now));
        assertThat(current.getInstant("seen_at")).isEqualTo(now.truncatedTo(ChronoUnit.MICROS));
        assertThat(ashlar.get(NOTE, current.getUuid("id"))).isEqualTo(current);
    }
}
