package dev.ashlar.examples.shop;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;

import dev.ashlar.AshlarView;
import dev.ashlar.action.BulkResult;
import dev.ashlar.action.Validations;
import dev.ashlar.domain.Domain;
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

    /** Demo rows, made through the same actions (and validations) as any other write, in one transaction. */
    static Map<String, Integer> seed(AshlarView ashlar) {
        return ashlar.transaction("main", () -> {
            Row ada = ashlar.create(CUSTOMER, Map.of("email", "ada@example.com", "name", "Ada Lovelace"));
            Row alan = ashlar.create(CUSTOMER, Map.of("email", "alan@example.com", "name", "Alan Turing"));
            BulkResult products = ashlar.bulkCreate(PRODUCT, List.of(
                    Map.of("name", "Green tea", "price", "4.50", "stock", 120),
                    Map.of("name", "Coffee beans", "price", "12.90", "stock", 40),
                    Map.of("name", "Teapot", "price", "29.00", "stock", 5)));
            List<Row> rows = products.orThrow();
            Row first = ashlar.create(ORDER, Map.of("customer_id", ada.getUuid("id")));
            ashlar.create(ORDER_LINE, Map.of("order_id", first.getUuid("id"), "product_id", rows.get(0).getLong("id"),
                    "quantity", 2, "unit_price", rows.get(0).getDecimal("price")));
            ashlar.create(ORDER_LINE, Map.of("order_id", first.getUuid("id"), "product_id", rows.get(2).getLong("id"),
                    "quantity", 1, "unit_price", rows.get(2).getDecimal("price")));
            Row second = ashlar.create(ORDER, Map.of("customer_id", alan.getUuid("id"), "status", "paid"));
            ashlar.create(ORDER_LINE, Map.of("order_id", second.getUuid("id"), "product_id", rows.get(1).getLong("id"),
                    "quantity", 3, "unit_price", rows.get(1).getDecimal("price")));
            return Map.of("customers", 2, "products", rows.size(), "orders", 2, "order_lines", 3);
        });
    }
}
