package dev.ashlar.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.cli.AshlarCli;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.Migrations;
import dev.ashlar.Query;
import dev.ashlar.row.Row;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed migrations still match the domain, and the demo runs on a database they built. */
class ShopExampleTest {
    private static final Path COMMITTED = Path.of("src/main/resources/db");

    @Test
    void committedMigrationsAreUpToDateWithTheDomain() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = AshlarCli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("codegen", "--check", "--config", "ashlar.yml", "--root", COMMITTED.toString());

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("domain shop").contains("up to date");
    }

    @Test
    void aPackagedApplicationMigratesFromItsClassPath(@TempDir Path dir) {
        AshlarConfig config = AshlarConfig.of(RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("packaged.db")));
        Map<String, List<MigrationInfo>> applied = Migrations.migrateAllFromClasspath(Shop.DOMAIN, config, "db");
        assertThat(applied.get("main")).extracting(MigrationInfo::description).containsExactly("create shop");
        assertThat(Migrations.migrateAllFromClasspath(Shop.DOMAIN, config, "db").get("main")).isEmpty();
        try (Ashlar shop = Ashlar.builder().domain(Shop.DOMAIN).config(config).build()) {
            assertThat(shop.dataLayer("main").schema().tableNames())
                    .contains("customers", "products", "orders", "order_lines");
        }
    }

    @Test
    void demoRunsOnADatabaseBuiltByTheCommittedMigrations(@TempDir Path dir) {
        AshlarConfig config = AshlarConfig.of(RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("shop.db")));
        Map<String, List<MigrationInfo>> applied = Migrations.migrateAll(Shop.DOMAIN, config, COMMITTED);
        assertThat(applied.get("main")).extracting(MigrationInfo::description).containsExactly("create shop");

        try (Ashlar shop = Ashlar.builder().domain(Shop.DOMAIN).config(config).build()) {
            ShopDemo.run(shop);

            assertThat(shop.read(Query.of(Shop.CUSTOMER))).extracting(r -> r.getString("name"))
                    .containsExactlyInAnyOrder("Judy Block Jr.", "Mr. Rigoberto Brekke", "Grace Hopper");
            assertThat(shop.read(Query.of(Shop.PRODUCT))).hasSize(Shop.PRODUCTS + 3);
            assertThat(shop.read(Query.of(Shop.ORDER))).as("Cameron Littel's 2 orders went with them (ON DELETE CASCADE)")
                    .hasSize(2);
            assertThat(shop.read(Query.of(Shop.ORDER_LINE))).hasSize(4);

            Row honey = (Row) shop.call("get_product_by_name", Map.of("name", "Honey"));
            assertThat(((Row) shop.call("get_product_by_id", Map.of("id", honey.getLong("id")))).getString("name"))
                    .isEqualTo("Honey");
            assertThatThrownBy(() -> shop.call("get_product_by_name", Map.of("name", "Caviar")))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("Caviar");
        }
    }

    @Test
    void theSeedIsMadeByGeneratorsThroughTheActionsAndIsTheSameOnEveryRun(@TempDir Path dir) {
        List<String> first = seededRows(dir.resolve("first.db"));
        List<String> second = seededRows(dir.resolve("second.db"));

        assertThat(first).hasSize(Shop.CUSTOMERS + Shop.PRODUCTS + Shop.ORDERS * Shop.LINES_PER_ORDER)
                .containsExactlyElementsOf(second);
    }

    /** The seeded customers, products and order lines as sorted text (ids and timestamps left out). */
    private static List<String> seededRows(Path file) {
        AshlarConfig config = AshlarConfig.of(RepoConfig.of("main", "jdbc:sqlite:" + file));
        Migrations.migrateAll(Shop.DOMAIN, config, COMMITTED);
        try (Ashlar shop = Ashlar.builder().domain(Shop.DOMAIN).config(config).build()) {
            shop.call("seed", Map.of());
            Map<Object, Row> products = new java.util.HashMap<>();
            shop.read(Query.of(Shop.PRODUCT)).forEach(p -> products.put(p.get("id"), p));
            java.util.stream.Stream<String> customers = shop.read(Query.of(Shop.CUSTOMER)).stream()
                    .map(c -> "customer " + c.getString("name") + " <" + c.getString("email") + ">");
            java.util.stream.Stream<String> stock = products.values().stream()
                    .map(p -> "product " + p.getString("name") + " " + p.getDecimal("price") + " x" + p.getLong("stock"));
            java.util.stream.Stream<String> lines = shop.read(Query.of(Shop.ORDER_LINE)).stream().map(l -> {
                Row product = products.get(l.get("product_id"));
                assertThat(l.getDecimal("unit_price")).isEqualByComparingTo(product.getDecimal("price"));
                return "line " + product.getString("name") + " x" + l.getLong("quantity");
            });
            return java.util.stream.Stream.of(customers, stock, lines).flatMap(x -> x).sorted().toList();
        }
    }
}
