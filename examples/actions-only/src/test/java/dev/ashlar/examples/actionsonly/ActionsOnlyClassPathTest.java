package dev.ashlar.examples.actionsonly;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.Query;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.schema.SchemaBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module rule: an application that only runs actions depends on ashlar-core and a dialect, and carries no
 * migration tooling (ashlar-migrations, ashlar-sql-migrations, Flyway) and no YAML parser. This module's class path
 * is exactly that (the dialect's migration dependencies are optional), so the test fails if one of them becomes a
 * required dependency again, or if running actions starts to need one.
 */
class ActionsOnlyClassPathTest {
    static final Resource PRODUCT = Resource.define("Product", r -> r
            .table("products")
            .attributes(a -> a.uuidPrimaryKey("id").string("name").required().decimal("price", 12, 2))
            .identity("unique_name", "name")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("name", "price")));
    static final Domain SHOP = Domain.define("shop", d -> d.resources(PRODUCT));

    @ParameterizedTest
    @ValueSource(strings = {
            "org.flywaydb.core.Flyway",
            "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
            "dev.ashlar.migration.Codegen",
            "dev.ashlar.migration.spi.MigrationProvider",
            "dev.ashlar.sql.migrate.FlywayMigrationRunner",
            "dev.ashlar.config.yaml.AshlarConfigFile"})
    void migrationToolingAndYamlAreNotOnTheClassPath(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void actionsRunOnSqliteWithCoreAndTheDialectOnly(@TempDir Path dir) {
        RepoConfig repo = RepoConfig.of("main", "jdbc:sqlite:" + dir.resolve("shop.db"));
        try (Ashlar ashlar = Ashlar.builder().domain(SHOP).repo(repo).build()) {
            ashlar.dataLayer("main").schema().create(new SchemaBuilder(SHOP.resources()).tables("main"));
            ashlar.create(PRODUCT, Map.of("name", "Tea", "price", "4.50"));
            assertThatThrownBy(() -> ashlar.create(PRODUCT, Map.of("name", "Tea", "price", "1")))
                    .isInstanceOf(UniqueViolationException.class);

            List<Row> rows = ashlar.read(Query.of(PRODUCT));
            assertThat(rows).extracting(r -> r.get("name")).containsExactly("Tea");
        }
    }
}
