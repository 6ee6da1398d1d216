package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.action.BulkOptions;
import dev.ashlar.action.BulkResult;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bulk create runs every input through the create action, returns rows in input order, reports failures by input
 * index, is atomic by default, and splits statements under the dialect's bind-parameter limit.
 */
@Tck
class BulkCreateTest {

    static final int WIDE_COLUMNS = 24;

    static final Resource CONTACT = Resource.define("Contact", r -> r
            .table("contacts")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().ciString("email")
                    .integer("position").required())
            .identity("unique_email", "email")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name", "email", "position")));

    static final Resource TICKET = Resource.define("Ticket", r -> r
            .table("tickets")
            .attributes(a -> a.integerPrimaryKey("id").string("label").required())
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("label")));

    static final Resource WIDE = Resource.define("Wide", r -> r
            .table("wide_rows")
            .attributes(a -> {
                a.uuidPrimaryKey("id");
                for (int c = 1; c <= WIDE_COLUMNS; c++) {
                    a.integer(column(c)).required();
                }
            })
            .actions(x -> x.defaults(CREATE, READ).defaultAccept(
                    IntStream.rangeClosed(1, WIDE_COLUMNS).mapToObj(BulkCreateTest::column).toArray(String[]::new))));

    static final Domain DOMAIN = Domain.define("bulk", d -> d.resources(CONTACT, TICKET, WIDE));

    static String column(int c) {
        return String.format("c%02d", c);
    }

    private static Map<String, Object> contact(int position) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "contact " + position);
        input.put("email", "c" + position + "@example.com");
        input.put("position", position);
        return input;
    }

    private static List<Map<String, Object>> contacts(int count) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(contact(i));
        }
        return inputs;
    }

    private static List<Long> storedPositions(Ashlar ashlar) {
        return Rows.column(ashlar.read(Query.of(CONTACT).sort(Sort.asc("position"))), "position");
    }

    @Test
    void manyValidRowsAreAllStoredAndReturnedInInputOrder(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<Map<String, Object>> inputs = contacts(2_500);
        java.util.Collections.reverse(inputs);

        BulkResult result = ashlar.bulkCreate(CONTACT, inputs);

        assertThat(result.ok()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2_500);
        assertThat(Rows.<Long>column(result.rows(), "position"))
                .isEqualTo(IntStream.range(0, 2_500).mapToObj(i -> (long) (2_499 - i)).toList());
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.getUuid("id")).isNotNull());
        assertThat(result.rows().stream().map(r -> r.getUuid("id")).distinct()).hasSize(2_500);
        assertThat(storedPositions(ashlar)).hasSize(2_500).isSorted();
        Row sample = result.rows().get(1_234);
        assertThat(ashlar.get(CONTACT, sample.getUuid("id"))).isEqualTo(sample);
    }

    @Test
    void anInvalidInputMakesAnAtomicBulkWriteNothing(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<Map<String, Object>> inputs = contacts(10);
        inputs.get(3).remove("name");

        BulkResult result = ashlar.bulkCreate(CONTACT, inputs);

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).containsOnlyKeys(3);
        assertThat(result.errors().get(3)).extracting(FieldError::path, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "required"));
        assertThat(result.rows()).isEmpty();
        assertThat(Rows.count(ashlar, CONTACT)).isZero();
    }

    @Test
    void bulkErrorsThrownTogetherCarryTheInputIndex(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<Map<String, Object>> inputs = contacts(6);
        inputs.get(3).remove("name");
        inputs.get(5).put("position", "fifth");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.bulkCreate(CONTACT, inputs).orThrow());

        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::path).containsExactly("[3].name", "[5].position");
    }

    @Test
    void bestEffortWritesTheValidRowsAndReportsTheInvalidOnes(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<Map<String, Object>> inputs = contacts(10);
        inputs.get(3).remove("name");

        BulkResult result = ashlar.bulkCreate(CONTACT, "create", inputs, BulkOptions.bestEffort());

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).containsOnlyKeys(3);
        assertThat(result.errors().get(3)).extracting(FieldError::code).containsExactly("required");
        assertThat(Rows.<Long>column(result.rows(), "position")).containsExactly(0L, 1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(storedPositions(ashlar)).containsExactly(0L, 1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void bestEffortReportsUniqueViolationsFoundByTheDatabase(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(CONTACT, Map.of("name", "existing", "email", "taken@example.com", "position", 100));
        List<Map<String, Object>> inputs = contacts(8);
        inputs.get(5).put("email", "C2@EXAMPLE.COM");
        inputs.get(6).put("email", "taken@example.com");

        BulkResult result = ashlar.bulkCreate(CONTACT, "create", inputs, BulkOptions.bestEffort().withBatchSize(3));

        assertThat(result.errors()).containsOnlyKeys(5, 6);
        assertThat(result.errors().get(5)).extracting(FieldError::code).containsExactly("unique");
        assertThat(result.errors().get(6)).extracting(FieldError::code).containsExactly("unique");
        assertThat(Rows.<Long>column(result.rows(), "position")).containsExactly(0L, 1L, 2L, 3L, 4L, 7L);
        assertThat(storedPositions(ashlar)).containsExactly(0L, 1L, 2L, 3L, 4L, 7L, 100L);
    }

    @Test
    void aDatabaseViolationMakesAnAtomicBulkWriteNothing(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<Map<String, Object>> inputs = contacts(2_100);
        inputs.get(2_050).put("email", "c7@example.com");

        Throwable thrown = catchThrowable(() -> ashlar.bulkCreate(CONTACT, inputs));

        assertThat(thrown).isInstanceOf(UniqueViolationException.class);
        assertThat(((UniqueViolationException) thrown).identity()).isEqualTo("unique_email");
        assertThat(Rows.count(ashlar, CONTACT)).isZero();
    }

    @Test
    void anEmptyBulkIsOk(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        BulkResult result = ashlar.bulkCreate(CONTACT, List.of());

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).isEmpty();
        assertThat(Rows.count(ashlar, CONTACT)).isZero();
    }

    @Test
    void databaseGeneratedKeysComeBackForEveryRowInInputOrder(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inputs.add(Map.of("label", "t" + i));
        }

        List<Row> rows = ashlar.bulkCreate(TICKET, inputs).orThrow();

        assertThat(Rows.<String>column(rows, "label")).containsExactly("t0", "t1", "t2", "t3", "t4");
        List<Long> ids = Rows.column(rows, "id");
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().isSorted();
        for (Row row : rows) {
            assertThat(ashlar.get(TICKET, row.getLong("id")).getString("label")).isEqualTo(row.getString("label"));
        }
    }

    @Test
    void rowsWiderThanTheBindParameterLimitAreSplitIntoSeveralStatements(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        int columns = WIDE_COLUMNS + 1;
        int limit = ashlar.dataLayer("main").limits().maxBindParameters();
        int count = (int) Math.min(60_000L, (long) limit / columns + 100);
        List<Map<String, Object>> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> input = new HashMap<>();
            for (int c = 1; c <= WIDE_COLUMNS; c++) {
                input.put(column(c), (long) i * 100 + c);
            }
            inputs.add(input);
        }

        BulkResult result = ashlar.bulkCreate(WIDE, "create", inputs,
                BulkOptions.atomicBatches().withBatchSize(count));

        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).hasSize(count);
        assertThat(Rows.<Long>column(result.rows(), "c01"))
                .isEqualTo(IntStream.range(0, count).mapToObj(i -> (long) i * 100 + 1).toList());
        Row last = result.rows().get(count - 1);
        assertThat(last.getLong(column(WIDE_COLUMNS))).isEqualTo((long) (count - 1) * 100 + WIDE_COLUMNS);
        assertThat(ashlar.get(WIDE, last.getUuid("id"))).isEqualTo(last);
        assertThat(Rows.count(ashlar, WIDE)).isEqualTo(count);
    }
}
