package dev.ashlar.examples.shop;

import dev.ashlar.AshlarView;
import dev.ashlar.generator.ChangesetGenerator;
import dev.ashlar.generator.Gen;
import dev.ashlar.generator.Generation;
import dev.ashlar.generator.ValueGenerator;
import dev.ashlar.row.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Generators for the shop's resources, each through its create action (so emails, prices and quantities are
 * validated like any user input). Values come from the {@link Generation}'s seed: the same seed, the same rows.
 */
final class ShopGenerators {
    private final Generation generation;
    private final AshlarView ashlar;

    ShopGenerators(Generation generation, AshlarView ashlar) {
        this.generation = generation;
        this.ashlar = ashlar;
    }

    ChangesetGenerator customers() {
        return generation.changeset(ashlar, Shop.CUSTOMER)
                .defaults(Map.of("name", Gen.faker(f -> f.name().fullName()),
                        "email", Gen.faker(f -> f.internet().emailAddress())))
                .build();
    }

    /** Products priced 0.50 to 29.99, with 0 to 199 in stock. */
    ChangesetGenerator products() {
        return generation.changeset(ashlar, Shop.PRODUCT)
                .defaults(Map.of("name", Gen.faker(f -> f.commerce().productName()),
                        "price", (ValueGenerator<BigDecimal>) d -> BigDecimal.valueOf(d.random().nextInt(50, 3000), 2),
                        "stock", (ValueGenerator<Long>) d -> (long) d.random().nextInt(0, 200)))
                .build();
    }

    /** Orders of {@code customers} in turn (the status, when not left to its default, from the declaration). */
    ChangesetGenerator orders(List<Row> customers) {
        return generation.changeset(ashlar, Shop.ORDER)
                .uses("customer", customers)
                .defaults(Map.of("customer_id", Gen.used("customer", "id")))
                .build();
    }

    /** {@code perOrder} consecutive lines per order, each with the next product at its current price. */
    ChangesetGenerator orderLines(List<Row> orders, int perOrder, List<Row> products) {
        return generation.changeset(ashlar, Shop.ORDER_LINE)
                .uses("order", orders, perOrder)
                .uses("product", products)
                .defaults(Map.of("order_id", Gen.used("order", "id"),
                        "product_id", Gen.used("product", "id"),
                        "unit_price", Gen.used("product", "price"),
                        "quantity", (ValueGenerator<Long>) d -> (long) d.random().nextInt(1, 5)))
                .build();
    }
}
