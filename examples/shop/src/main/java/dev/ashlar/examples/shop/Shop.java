package dev.ashlar.examples.shop;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;

import dev.ashlar.AshlarView;
import dev.ashlar.action.Validations;
import dev.ashlar.domain.Domain;
import dev.ashlar.generator.Generation;
import dev.ashlar.query.Filter;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.util.List;
import java.util.Map;

/**
 * The shop domain: customers place orders of products. Declared once; the schema, the migrations under
 * {@code src/main/resources/db} and every action below derive from it. The CLI finds it through the config file's
 * {@code domain:} key (the one public static Domain field).
 */
public final class Shop {
    private Shop() {
    }

    public static final Resource CUSTOMER = Resource.define("Customer", r -> r
            .table("customers")
            .attributes(a -> a.uuidPrimaryKey("id")
                    .ciString("email").required()
                    .string("name").required()
                    .timestamps())
            .identity("unique_email", "email")
            .validate(Validations.match("email", "[^@\\s]+@[^@\\s]+", "must be an email address"))
            .hasMany("orders", "Order", "customer_id")
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("email", "name")));

    public static final Resource PRODUCT = Resource.define("Product", r -> r
            .table("products")
            .attributes(a -> a.integerPrimaryKey("id")
                    .string("name", 100).required()
                    .decimal("price", 12, 2).required()
                    .integer("stock").required().defaultTo(0L))
            .identity("unique_name", "name")
            .validate(Validations.range("price", 0, null))
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("name", "price", "stock")));

    public static final Resource ORDER = Resource.define("Order", r -> r
            .table("orders")
            .attributes(a -> a.uuidPrimaryKey("id")
                    .enumOf("status", "open", "paid", "shipped").required().defaultTo("open")
                    .timestamps())
            .belongsTo("customer", "Customer", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .hasMany("lines", "OrderLine", "order_id")
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("customer_id", "status")));

    public static final Resource ORDER_LINE = Resource.define("OrderLine", r -> r
            .table("order_lines")
            .attributes(a -> a.uuidPrimaryKey("id")
                    .integer("quantity").required()
                    .decimal("unit_price", 12, 2).required())
            .belongsTo("order", "Order", b -> b.required().onDelete(ForeignKeyAction.CASCADE))
            .belongsTo("product", "Product", b -> b.required().attributeType(AttributeType.integer()))
            .validate(Validations.compare("quantity", Filter.Op.GT, 0))
            .actions(x -> x.defaults(CREATE, READ, DESTROY)
                    .defaultAccept("order_id", "product_id", "quantity", "unit_price")));

    /** Shop-wide actions without a table of their own. */
    public static final Resource ADMIN = Resource.define("ShopAdmin", r -> r
            .actions(x -> x.generic("seed", a -> a.run(input -> seed(input.ashlar())))));

    public static final Domain DOMAIN = Domain.define("shop", d -> d
            .resources(CUSTOMER, PRODUCT, ORDER, ORDER_LINE, ADMIN)
            .codeInterface("register_customer", CUSTOMER, "create")
            .codeInterface("add_product", PRODUCT, "create")
            .codeInterface("get_product_by_id", PRODUCT, "read", c -> c.getBy("id"))
            .codeInterface("get_product_by_name", PRODUCT, "read", c -> c.getBy("name"))
            .codeInterface("place_order", ORDER, "create")
            .codeInterface("seed", ADMIN, "seed"));

    /** The seed number of the demo data: every run makes the same customers, products, orders and lines. */
    static final long DEMO_SEED = 20261121L;
    static final int CUSTOMERS = 3;
    static final int PRODUCTS = 5;
    static final int ORDERS = 4;
    static final int LINES_PER_ORDER = 2;

    /**
     * Demo data made by generators only (no hand-written rows), through the same actions and validations as any other
     * write, in one transaction: customers, products, orders of the customers in turn, two lines per order.
     */
    static Map<String, Integer> seed(AshlarView ashlar) {
        return ashlar.transaction("main", () -> {
            ShopGenerators generate = new ShopGenerators(Generation.seeded(DEMO_SEED), ashlar);
            List<Row> customers = generate.customers().generateMany(CUSTOMERS);
            List<Row> products = generate.products().generateMany(PRODUCTS);
            List<Row> orders = generate.orders(customers).generateMany(ORDERS);
            List<Row> lines = generate.orderLines(orders, LINES_PER_ORDER, products)
                    .generateMany(ORDERS * LINES_PER_ORDER);
            return Map.of("customers", customers.size(), "products", products.size(), "orders", orders.size(),
                    "order_lines", lines.size());
        });
    }
}
