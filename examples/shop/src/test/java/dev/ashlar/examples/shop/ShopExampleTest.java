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
                    .containsExactlyInAnyOrder("Alan Turing", "Grace Hopper");
            assertThat(shop.read(Query.of(Shop.PRODUCT))).hasSize(6);
            assertThat(shop.read(Query.of(Shop.ORDER))).as("Ada's order went with her (ON DELETE CASCADE)").hasSize(1);
            assertThat(shop.read(Query.of(Shop.ORDER_LINE))).hasSize(1);

            Row honey = (Row) shop.call("get_product_by_name", Map.of("name", "Honey"));
            assertThat(((Row) shop.call("get_product_by_id", Map.of("id", honey.getLong("id")))).getString("name"))
                    .isEqualTo("Honey");
            assertThatThrownBy(() -> shop.call("get_product_by_name", Map.of("name", "Caviar")))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("Caviar");
        }
    }
}
