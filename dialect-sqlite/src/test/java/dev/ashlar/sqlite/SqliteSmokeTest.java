package dev.ashlar.sqlite;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.schema.SchemaBuilder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSmokeTest {
    static final Resource PRODUCT = Resource.define("Product", r -> r
            .table("products")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().decimal("price", 12, 2).timestamps())
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept("name", "price")));
    static final Domain SHOP = Domain.define("shop", d -> d.resources(PRODUCT));

    @Test
    void createsReadsAndTranslatesUniqueErrors(@TempDir Path dir) {
        try (Ashlar ashlar = Ashlar.builder().domain(SHOP)
                .repo(RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("shop.db"))).build()) {
            ashlar.dataLayer("main").schema().create(new SchemaBuilder(SHOP.resources()).tables("main"));
            Row tea = ashlar.create(PRODUCT, Map.of("name", "Tea", "price", "4.5"));
            ashlar.create(PRODUCT, Map.of("name", "Coffee", "price", new BigDecimal("3.10")));
            assertThat(tea.getDecimal("price")).isEqualTo(new BigDecimal("4.50"));
            List<Row> cheap = ashlar.read(Query.of(PRODUCT).where(Filter.where("price").lt(4)).sort(Sort.asc("name")));
            assertThat(cheap).extracting(r -> r.getString("name")).containsExactly("Coffee");
            assertThatThrownBy(() -> ashlar.create(PRODUCT, Map.of("name", "Tea")))
                    .isInstanceOfSatisfying(UniqueViolationException.class,
                            e -> assertThat(e.identity()).isEqualTo("unique_name"));
            Row renamed = ashlar.update(PRODUCT, tea, Map.of("name", "Green tea"));
            assertThat(renamed.getInstant("updated_at")).isAfterOrEqualTo(tea.getInstant("updated_at"));
            assertThat(ashlar.get(PRODUCT, tea.getUuid("id")).getString("name")).isEqualTo("Green tea");
        }
    }
}
