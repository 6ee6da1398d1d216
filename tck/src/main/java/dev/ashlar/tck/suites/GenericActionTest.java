package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ashlar.Ashlar;
import dev.ashlar.action.ActionInput;
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
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generic actions compute a value and write only through other actions; domain code interfaces call any action by
 * name. Also custom read actions with a base filter built from arguments.
 */
@Tck
class GenericActionTest {

    static final Resource PRODUCT = Resource.define("Product", r -> r
            .table("products")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().decimal("price", 12, 2).required())
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept("name", "price")
                    .read("cheaper_than", q -> q.requiredArgument("max", AttributeType.decimal(12, 2))
                            .filter(args -> Filter.where("price").lt(args.get("max"))))
                    .generic("restock", g -> g.requiredArgument("count", AttributeType.integer())
                            .argument("prefix", AttributeType.string())
                            .run(GenericActionTest::restock))
                    .generic("total_price", g -> g.run(input -> input.ashlar().read(Query.of("Product")).stream()
                            .map(row -> row.getDecimal("price")).reduce(BigDecimal.ZERO, BigDecimal::add)))));

    /** A resource with only generic actions and no table. */
    static final Resource REPORTS = Resource.define("Reports", r -> r
            .actions(x -> x.generic("product_count", g -> g.run(input ->
                    (long) input.ashlar().read(Query.of("Product")).size()))));

    static final Domain SHOP = Domain.define("shop", d -> d.resources(PRODUCT, REPORTS)
            .codeInterface("create_product", PRODUCT, "create")
            .codeInterface("rename_product", PRODUCT, "update")
            .codeInterface("list_products", PRODUCT, "read")
            .codeInterface("restock", PRODUCT, "restock")
            .codeInterface("product_count", REPORTS, "product_count"));

    private static Object restock(ActionInput input) {
        long count = input.<Long>argument("count");
        String prefix = input.argument("prefix") == null ? "item" : input.argument("prefix");
        for (long i = 1; i <= count; i++) {
            input.ashlar().create(PRODUCT, Map.of("name", prefix + " " + i, "price", i));
        }
        return count;
    }

    @Test
    void aGenericActionReturnsItsValueAndWritesThroughOtherActions(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);

        Object created = ashlar.run(PRODUCT, "restock", Map.of("count", 3, "prefix", "tea"));

        assertThat(created).isEqualTo(3L);
        assertThat(Rows.<String>column(Rows.all(ashlar, PRODUCT), "name"))
                .containsExactlyInAnyOrder("tea 1", "tea 2", "tea 3");
        assertThat(ashlar.run(PRODUCT, "total_price", Map.of())).isEqualTo(new BigDecimal("6.00"));
    }

    @Test
    void genericArgumentsAreCastAndChecked(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);

        assertThat(ashlar.run(PRODUCT, "restock", Map.of("count", "2"))).isEqualTo(2L);
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.run(PRODUCT, "restock", Map.of()));
        InvalidInputException wrong = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.run(PRODUCT, "restock", Map.of("count", "many", "colour", "red")));

        assertThat(missing).isNotNull();
        assertThat(missing.errorsFor("count")).extracting(FieldError::code).containsExactly("required");
        assertThat(wrong).isNotNull();
        assertThat(wrong.errorsFor("count")).extracting(FieldError::code).containsExactly("invalid_integer");
        assertThat(wrong.errorsFor("colour")).extracting(FieldError::code).containsExactly("not_accepted");
        assertThat(Rows.count(ashlar, PRODUCT)).isEqualTo(2);
    }

    @Test
    void aGenericActionWithoutATableReadsOtherResources(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        ashlar.run(PRODUCT, "restock", Map.of("count", 4));

        assertThat(ashlar.run(REPORTS, "product_count", Map.of())).isEqualTo(4L);
        assertThat(ashlar.call("product_count", Map.of())).isEqualTo(4L);
    }

    @Test
    void codeInterfacesCallCreateReadUpdateAndGenericActions(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);

        Row tea = (Row) ashlar.call("create_product", Map.of("name", "Tea", "price", "4.50"));
        Object restocked = ashlar.call("restock", Map.of("count", 1, "prefix", "cup"));
        Row renamed = (Row) ashlar.call("rename_product", tea, Map.of("name", "Green tea"));
        @SuppressWarnings("unchecked")
        List<Row> all = (List<Row>) ashlar.call("list_products", Map.of());

        assertThat(tea.getDecimal("price")).isEqualTo(new BigDecimal("4.50"));
        assertThat(ashlar.get(PRODUCT, tea.getUuid("id")).getString("name")).isEqualTo("Green tea");
        assertThat(renamed.getString("name")).isEqualTo("Green tea");
        assertThat(restocked).isEqualTo(1L);
        assertThat(Rows.<String>column(all, "name")).containsExactlyInAnyOrder("Green tea", "cup 1");
    }

    @Test
    void aCustomReadActionFiltersByItsArguments(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        ashlar.run(PRODUCT, "restock", Map.of("count", 5));
        Map<String, Object> args = new HashMap<>();
        args.put("max", new BigDecimal("3.00"));

        List<Row> cheap = ashlar.read("cheaper_than", args, Query.of(PRODUCT));
        List<Row> cheapAndNamed = ashlar.read("cheaper_than", args,
                Query.of(PRODUCT).where(Filter.where("name").eq("item 2")));

        assertThat(Rows.<String>column(cheap, "name")).containsExactlyInAnyOrder("item 1", "item 2");
        assertThat(Rows.<String>column(cheapAndNamed, "name")).containsExactly("item 2");
    }

    @Test
    void aCustomReadActionChecksItsArguments(TckContext tck) {
        Ashlar ashlar = tck.open(SHOP);
        ashlar.run(PRODUCT, "restock", Map.of("count", 2));

        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> ashlar.read("cheaper_than", Map.of(), Query.of(PRODUCT)));
        List<Row> cast = ashlar.read("cheaper_than", Map.of("max", "1.50"), Query.of(PRODUCT));

        assertThat(missing).as("a missing required read argument is invalid input").isNotNull();
        assertThat(missing.errorsFor("max")).extracting(FieldError::code).containsExactly("required");
        assertThat(Rows.<String>column(cast, "name")).containsExactly("item 1");
    }
}
