package dev.ashlar.examples.shop;

import static dev.ashlar.examples.shop.Shop.CUSTOMER;
import static dev.ashlar.examples.shop.Shop.ORDER;
import static dev.ashlar.examples.shop.Shop.ORDER_LINE;
import static dev.ashlar.examples.shop.Shop.PRODUCT;

import dev.ashlar.Ashlar;
import dev.ashlar.action.BulkResult;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.yaml.AshlarConfigFile;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.row.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a few actions against a migrated shop database and prints the rows. Start it from {@code examples/shop}
 * after {@code ashlar create} and {@code ashlar migrate} (that is what {@code run.sh} does):
 * {@code java -cp ... dev.ashlar.examples.shop.ShopDemo [ashlar.yml]}.
 */
public final class ShopDemo {
    private ShopDemo() {
    }

    public static void main(String[] args) {
        AshlarConfig config = AshlarConfigFile.load(Path.of(args.length > 0 ? args[0] : "ashlar.yml"));
        try (Ashlar shop = Ashlar.builder().domain(Shop.DOMAIN).config(config).build()) {
            run(shop);
        }
    }

    static void run(Ashlar shop) {
        Map<?, ?> seeded = (Map<?, ?>) shop.call("seed", Map.of());
        System.out.println("seed: created " + new TreeMap<>(seeded));
        Row customer = shop.read(Query.of(CUSTOMER).sort(Sort.asc("name")).limit(1)).get(0);   // a generated one

        Row grace = (Row) shop.call("register_customer", Map.of("email", "grace@example.com", "name", "Grace Hopper"));
        System.out.println("create: customer " + grace.getString("name") + " <" + grace.getString("email") + ">");

        Row first = shop.read(Query.of(PRODUCT).sort(Sort.asc("id")).limit(1)).get(0);
        Row byName = (Row) shop.call("get_product_by_name", Map.of("name", first.getString("name")));
        Row same = (Row) shop.call("get_product_by_id", Map.of("id", byName.getLong("id")));
        System.out.println("get by: product " + same.getLong("id") + " is " + same.getString("name"));
        Row cheaper = shop.update(PRODUCT, byName, Map.of("price", "3.95"));
        System.out.println("update: " + cheaper.getString("name") + " price " + byName.getDecimal("price") + " -> "
                + cheaper.getDecimal("price"));

        try {
            shop.create(CUSTOMER, Map.of("email", customer.getString("email").toUpperCase(), "name", "Someone else"));
        } catch (UniqueViolationException e) {
            System.out.println("unique violation caught: " + e.getMessage());
        }
        try {
            shop.create(PRODUCT, Map.of("name", "Free lunch", "price", "-1"));
        } catch (InvalidInputException e) {
            System.out.println("invalid input caught: " + e.getMessage());
        }

        BulkResult more = shop.bulkCreate(PRODUCT, List.of(
                Map.of("name", "Milk", "price", "1.20", "stock", 30),
                Map.of("name", "Honey", "price", "6.75", "stock", 12),
                Map.of("name", "Biscuits", "price", "2.40", "stock", 60)));
        System.out.println("bulk create: " + more.rows().size() + " products");

        List<Row> under10 = shop.read(Query.of(PRODUCT).where(Filter.where("price").lt(10))
                .sort(Sort.desc("price"), Sort.asc("name")));
        System.out.println();
        System.out.println("Products under 10.00, dearest first:");
        print(under10, "id", "name", "price", "stock");

        System.out.println();
        System.out.println("Orders with their lines:");
        List<Row> lines = new ArrayList<>();
        for (Row order : shop.read(Query.of(ORDER).load("customer", "lines"))) {
            String name = order.related("customer").get(0).getString("name");
            for (Row line : order.related("lines")) {
                lines.add(new Row("line", Map.of("customer", name, "status", order.getString("status"), "product_id",
                        line.getLong("product_id"), "quantity", line.getLong("quantity"), "unit_price",
                        line.getDecimal("unit_price")), java.util.Set.of()));
            }
        }
        lines.sort(Comparator.comparing((Row line) -> line.getString("customer"))
                .thenComparing(line -> line.getString("status"))
                .thenComparing(line -> line.getLong("product_id"))
                .thenComparing(line -> line.getLong("quantity")));
        print(lines, "customer", "status", "product_id", "quantity", "unit_price");

        Row gone = shop.getBy(CUSTOMER, "unique_email", Map.of("email", customer.getString("email")));
        shop.destroy(CUSTOMER, gone);
        System.out.println();
        System.out.println("destroy: " + gone.getString("name") + "; ON DELETE CASCADE leaves "
                + shop.read(Query.of(ORDER)).size() + " order(s) and " + shop.read(Query.of(ORDER_LINE)).size()
                + " order line(s)");
    }

    /** A plain text table of the given columns. */
    static void print(List<Row> rows, String... columns) {
        int[] widths = new int[columns.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(columns);
        for (Row row : rows) {
            String[] line = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                line[i] = String.valueOf(row.<Object>get(columns[i]));
            }
            cells.add(line);
        }
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder out = new StringBuilder("  ");
            for (int i = 0; i < line.length; i++) {
                out.append(String.format("%-" + widths[i] + "s  ", line[i]));
            }
            System.out.println(out.toString().stripTrailing());
        }
    }
}
