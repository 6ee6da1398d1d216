package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.query.Filter;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Code interfaces declared with {@code getBy} return one row or raise {@link NotFoundException}, as in Ash. */
@Tck
class GetByCodeInterfaceTest {

    static final Resource PRODUCT = Resource.define("Product", r -> r
            .table("get_by_products")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().bool("active").required()
                    .defaultTo(true))
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name", "active")
                    .read("active", q -> q.filter(args -> Filter.where("active").eq(true)))));

    static final Domain DOMAIN = Domain.define("get_by", d -> d.resources(PRODUCT)
            .codeInterface("get_product_by_id", PRODUCT, "read", c -> c.getBy("id"))
            .codeInterface("get_product_by_name", PRODUCT, "read", c -> c.getBy("name"))
            .codeInterface("get_active_product_by_name", PRODUCT, "active", c -> c.getBy("name"))
            .codeInterface("list_products", PRODUCT, "read"));

    @Test
    void aGetByInterfaceReturnsTheOneRow(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea"));
        ashlar.create(PRODUCT, Map.of("name", "Coffee"));

        assertThat(ashlar.call("get_product_by_id", Map.of("id", tea.getUuid("id")))).isEqualTo(tea);
        assertThat(ashlar.call("get_product_by_id", Map.of("id", tea.getUuid("id").toString()))).isEqualTo(tea);
        assertThat(ashlar.call("get_product_by_name", Map.of("name", "Tea"))).isEqualTo(tea);
        assertThat(ashlar.call("list_products", Map.of())).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
    }

    @Test
    void noMatchingRowIsNotFound(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        ashlar.create(PRODUCT, Map.of("name", "Retired", "active", false));

        assertThatThrownBy(() -> ashlar.call("get_product_by_id", Map.of("id", UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Product");
        assertThatThrownBy(() -> ashlar.call("get_product_by_name", Map.of("name", "Tea")))
                .isInstanceOf(NotFoundException.class);
        // the read action's own filter still applies
        assertThat(ashlar.call("get_product_by_name", Map.of("name", "Retired"))).isInstanceOf(Row.class);
        assertThatThrownBy(() -> ashlar.call("get_active_product_by_name", Map.of("name", "Retired")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theGetByFieldsAreRequiredAndOtherKeysAreRefused(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        assertThatThrownBy(() -> ashlar.call("get_product_by_name", Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name: is required");
        assertThatThrownBy(() -> ashlar.call("get_product_by_name", Map.of("name", "Tea", "colour", "red")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("colour");
        assertThat(ashlar.domain().codeInterfaces().get("get_product_by_name").getBy()).isEqualTo(List.of("name"));
    }
}
