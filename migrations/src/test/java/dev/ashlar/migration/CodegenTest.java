package dev.ashlar.migration;

import dev.ashlar.migration.internal.MigrationProviders;

import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationInfo;
import dev.ashlar.migration.spi.MigrationOperation;
import dev.ashlar.migration.spi.MigrationState;
import static dev.ashlar.action.ActionType.CREATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.ProviderSelector;
import dev.ashlar.config.AshlarConfig;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;
import dev.ashlar.resource.ResourceBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenTest {
    private static final AshlarConfig CONFIG = AshlarConfig.of(RepoConfig.of("main", "test:main"),
            RepoConfig.of("audit", "test:audit"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;
    private final DescribingProvider provider = new DescribingProvider();

    private static Resource product(Consumer<ResourceBuilder> more) {
        return Resource.define("Product", r -> {
            r.table("products").attributes(a -> a.uuidPrimaryKey("id").string("name").required())
                    .identity("unique_name", "name").actions(x -> x.defaults(CREATE).defaultAccept("name"));
            more.accept(r);
        });
    }

    private static Domain domain(Resource... resources) {
        return Domain.define("shop", d -> d.resources(resources));
    }

    private CodegenResult codegen(Domain domain, CodegenOptions.Builder options) {
        return new Codegen(domain, CONFIG, options.clock(CLOCK).build(), new ProviderSelector(List.of(provider)),
                MigrationProviders.of(List.of(provider))).run();
    }

    private CodegenOptions.Builder named(String name) {
        return CodegenOptions.builder(root).name(name);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void firstRunWritesMigrationDownScriptAndSnapshotsAndASecondRunNothing() throws IOException {
        Domain shop = domain(product(r -> { }));
        CodegenResult first = codegen(shop, named("create_products"));
        assertThat(first.changed()).isTrue();
        assertThat(files()).containsExactly(
                "main/down/V20261121100000__create_products.down.sql",
                "main/migration/V20261121100000__create_products.sql",
                "main/snapshots/products/20261121100000.json");
        assertThat(Files.readString(root.resolve("main/migration/V20261121100000__create_products.sql")))
                .contains("create table products");
        assertThat(Files.readString(root.resolve("main/down/V20261121100000__create_products.down.sql")))
                .contains("-- destructive: drop table products");

        CodegenResult second = codegen(shop, named("again"));
        assertThat(second.changed()).isFalse();
        assertThat(files()).hasSize(3);
        assertThat(codegen(shop, named("x").mode(CodegenOptions.Mode.CHECK)).changed()).isFalse();
    }

    @Test
    void theSameDeclarationGivesTheSameSnapshotBytes(@TempDir Path other) throws IOException {
        Domain shop = domain(product(r -> r.attributes(a -> a.decimal("price", 12, 2).defaultTo("1.5")
                .enumOf("status", "new", "old").defaultTo("new").json("meta"))));
        codegen(shop, named("init"));
        new Codegen(shop, CONFIG, CodegenOptions.builder(other).name("init").clock(CLOCK).build(),
                new ProviderSelector(List.of(provider)),
                MigrationProviders.of(List.of(provider))).run();
        String a = Files.readString(root.resolve("main/snapshots/products/20261121100000.json"));
        String b = Files.readString(other.resolve("main/snapshots/products/20261121100000.json"));
        assertThat(a).isEqualTo(b).contains("\"default\" : \"1.50\"");
        assertThat(codegen(shop, named("again")).changed()).isFalse();
    }

    @Test
    void addingARequiredColumnNeedsADefaultOrABackfill() {
        codegen(domain(product(r -> { })), named("init"));
        assertThatThrownBy(() -> codegen(domain(product(r -> r.attributes(a -> a.integer("stock").required()))),
                named("add_stock")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("products.stock").hasMessageContaining(".backfill(");
        CodegenResult ok = codegen(domain(product(r -> r.attributes(a -> a.integer("stock").required().backfill(0)))),
                named("add_stock"));
        assertThat(ok.repos().get(0).operations()).singleElement()
                .isInstanceOfSatisfying(MigrationOperation.AddColumn.class, op -> assertThat(op.backfill()).isEqualTo(0));
    }

    @Test
    void aRenameHintRenamesInsteadOfDroppingAndAdding() {
        codegen(domain(product(r -> r.attributes(a -> a.text("blurb")))), named("init"));
        CodegenResult renamed = codegen(domain(product(r -> r.attributes(a -> a.text("description")
                .renamedFrom("blurb")))), named("rename_blurb"));
        assertThat(renamed.repos().get(0).operations()).containsExactly(
                new MigrationOperation.RenameColumn("products", "blurb", "description"));
    }

    @Test
    void anAmbiguousRenameWithoutATerminalAbortsAndNamesTheHint() throws IOException {
        codegen(domain(product(r -> r.attributes(a -> a.text("blurb")))), named("init"));
        List<String> before = files();
        assertThatThrownBy(() -> codegen(domain(product(r -> r.attributes(a -> a.text("description")))),
                named("rename_blurb")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining(".renamedFrom(\"blurb\")").hasMessageContaining("--allow-destructive");
        assertThat(files()).isEqualTo(before);
        CodegenResult answered = codegen(domain(product(r -> r.attributes(a -> a.text("description")))),
                named("rename_blurb").prompt(Prompt.answering(Map.of("renamed to description", true))));
        assertThat(answered.repos().get(0).operations()).containsExactly(
                new MigrationOperation.RenameColumn("products", "blurb", "description"));
    }

    @Test
    void droppingAColumnNeedsTheFlagAndIsListedAsDestructive() throws IOException {
        codegen(domain(product(r -> r.attributes(a -> a.text("blurb")))), named("init"));
        assertThatThrownBy(() -> codegen(domain(product(r -> { })), named("drop_blurb")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("--allow-destructive");
        CodegenResult dropped = codegen(domain(product(r -> { })), named("drop_blurb").removedTables(CodegenOptions.RemovedTables.DROP));
        Path up = dropped.repos().get(0).files().get(0).path();
        assertThat(Files.readString(up)).contains("-- destructive: drop column products.blurb");
    }

    @Test
    void aDeclinedTableDropIsRememberedAndNeverAskedAgain() throws IOException {
        Resource tag = Resource.define("Tag", r -> r.table("tags").attributes(a -> a.uuidPrimaryKey("id")));
        codegen(domain(product(r -> { }), tag), named("init"));
        assertThatThrownBy(() -> codegen(domain(product(r -> { })), named("remove_tags")))
                .isInstanceOf(MigrationException.class).hasMessageContaining("--keep-removed-tables");
        CodegenResult kept = codegen(domain(product(r -> { })), named("remove_tags").removedTables(CodegenOptions.RemovedTables.KEEP));
        assertThat(kept.repos().get(0).notes()).anyMatch(n -> n.text().contains("kept table tags"));
        assertThat(files()).contains("main/snapshots/tags/20261121100001.json");
        assertThat(codegen(domain(product(r -> { })), named("later")).changed()).isFalse();
    }

    @Test
    void tablesOfUnmanagedResourcesAreNeverOfferedForDrop() {
        codegen(domain(product(r -> { })), named("init"));
        CodegenResult result = codegen(domain(product(ResourceBuilder::notManaged)), named("unmanage"));
        assertThat(result.changed()).isFalse();
    }

    @Test
    void checkAndDryRunWriteNothingButReportPendingWork() throws IOException {
        Domain shop = domain(product(r -> { }));
        CodegenResult check = codegen(shop, named(null).mode(CodegenOptions.Mode.CHECK));
        assertThat(check.changed()).isTrue();
        CodegenResult dry = codegen(shop, named(null).mode(CodegenOptions.Mode.DRY_RUN));
        assertThat(dry.repos().get(0).files()).hasSize(3);
        assertThat(files()).isEmpty();
    }

    @Test
    void snapshotsOnlyWritesSnapshotsAndNoMigration() throws IOException {
        codegen(domain(product(r -> { })), named(null).mode(CodegenOptions.Mode.SNAPSHOTS_ONLY));
        assertThat(files()).containsExactly("main/snapshots/products/20261121100000.json");
    }

    @Test
    void aTableRenameRenamesItsIndexesInsteadOfRecreatingThem() {
        codegen(domain(product(r -> { })), named("init"));
        Resource renamed = Resource.define("Product", r -> r.table("items").renamedFrom("products")
                .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
                .identity("unique_name", "name"));
        CodegenResult result = codegen(domain(renamed), named("rename_products"));
        assertThat(result.repos().get(0).operations()).containsExactly(
                new MigrationOperation.RenameTable("products", "items"),
                new MigrationOperation.RenameIndex("items", "products_unique_name_index", "items_unique_name_index"));
        assertThat(codegen(domain(renamed), named("again")).changed()).isFalse();
    }

    @Test
    void renamingAParentTableLeavesTheChildForeignKeyAlone() {
        Resource order = Resource.define("Order", r -> r.table("orders")
                .attributes(a -> a.uuidPrimaryKey("id")).belongsTo("product", "Product"));
        codegen(domain(product(r -> { }), order), named("init"));
        Resource renamed = Resource.define("Product", r -> r.table("items").renamedFrom("products")
                .attributes(a -> a.uuidPrimaryKey("id").string("name").required())
                .identity("unique_name", "name"));
        CodegenResult result = codegen(domain(renamed, order), named("rename_products"));
        assertThat(result.repos().get(0).operations())
                .noneMatch(op -> op instanceof MigrationOperation.DropForeignKey || op instanceof MigrationOperation.AddForeignKey);
        assertThat(codegen(domain(renamed, order), named("again")).changed()).isFalse();
    }

    @Test
    void onlyNarrowingTypeChangesAreMarkedDestructive() {
        codegen(domain(product(r -> r.attributes(a -> a.string("code", 10).integer("qty")
                .enumOf("size", "s", "m", "l")))), named("init"));
        CodegenResult widened = codegen(domain(product(r -> r.attributes(a -> a.string("code", 20).text("qty")
                .enumOf("size", "s", "m", "l", "xl")))), named("widen"));
        assertThat(widened.repos().get(0).operations()).noneMatch(MigrationOperation::destructive);
        // a shorter string bound is refused (see TypeChangeTest); a narrower enum is accepted and destructive
        CodegenResult narrowed = codegen(domain(product(r -> r.attributes(a -> a.string("code", 20).text("qty")
                .enumOf("size", "s", "m")))), named("narrow"));
        assertThat(narrowed.repos().get(0).operations()).anyMatch(MigrationOperation::destructive);
    }

    @Test
    void aCustomIndexIsAddedAndDroppedOnItsOwn() {
        codegen(domain(product(r -> r.attributes(a -> a.integer("stock")))), named("init"));
        CodegenResult added = codegen(domain(product(r -> r.attributes(a -> a.integer("stock"))
                .index("products_low_stock_index", false, "stock < 5", "stock"))), named("add_index"));
        assertThat(added.repos().get(0).operations()).singleElement()
                .isInstanceOfSatisfying(MigrationOperation.AddIndex.class, op -> {
                    assertThat(op.index().where()).isEqualTo("stock < 5");
                    assertThat(op.index().unique()).isFalse();
                });
        CodegenResult dropped = codegen(domain(product(r -> r.attributes(a -> a.integer("stock")))), named("drop_index"));
        assertThat(dropped.repos().get(0).operations()).singleElement().isInstanceOf(MigrationOperation.DropIndex.class);
    }

    @Test
    void migrationsGeneratedOnTwoBranchesAreDetectedAtGenerateTime() throws IOException {
        codegen(domain(product(r -> { })), named("init"));
        codegen(domain(product(r -> r.attributes(a -> a.text("note")))), named("branch_a"));
        Path migrations = root.resolve("main/migration");
        assertThat(Files.readString(migrations.resolve("V20261121100000__init.sql"))).contains("-- previous: none");
        // branch a's migration lands after one that branch b generated from the same base
        Files.move(migrations.resolve("V20261121100001__branch_a.sql"), migrations.resolve("V20261121100002__branch_a.sql"));
        Files.writeString(migrations.resolve("V20261121100001__branch_b.sql"),
                "-- Ashlar migration version 20261121100001 \"branch_b\"\n-- previous: 20261121100000\n");

        assertThatThrownBy(() -> codegen(domain(product(r -> r.attributes(a -> a.text("note").text("more")))),
                named("next")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("migration 20261121100002 (branch_a) was generated after 20261121100000")
                .hasMessageContaining("two branches");
        assertThat(codegen(domain(product(r -> r.attributes(a -> a.text("note")))), named(null).mode(CodegenOptions.Mode.CHECK))
                .changed()).isTrue();
    }

    @Test
    void versionsAlwaysGrowEvenWithinOneSecond() throws IOException {
        codegen(domain(product(r -> { })), named("one"));
        codegen(domain(product(r -> r.attributes(a -> a.text("note")))), named("two"));
        assertThat(files()).contains("main/migration/V20261121100000__one.sql", "main/migration/V20261121100001__two.sql");
    }

    @Test
    void devMigrationsAreSquashedIntoTheNextNamedOne() throws IOException {
        Domain shop = domain(product(r -> { }));
        codegen(shop, named("init"));
        codegen(domain(product(r -> r.attributes(a -> a.text("note")))), named(null).mode(CodegenOptions.Mode.DEV));
        assertThat(files()).contains("main/migration/V20261121100001__changes_dev.sql",
                "main/snapshots/products/20261121100001_dev.json");
        assertThat(codegen(domain(product(r -> r.attributes(a -> a.text("note")))), named(null).mode(CodegenOptions.Mode.CHECK))
                .changed()).isTrue();

        provider.status = List.of(new MigrationInfo("20261121100001", "changes dev", MigrationState.APPLIED, null, true));
        CodegenResult named = codegen(domain(product(r -> r.attributes(a -> a.text("note").text("more")))),
                named("add_notes"));
        assertThat(provider.rolledBack).containsExactly("count=1 force=true");
        assertThat(named.repos().get(0).operations()).hasSize(2);
        assertThat(files()).noneMatch(f -> f.contains("_dev"));
    }

    @Test
    void onlyTheRequestedRepoIsTouched() throws IOException {
        Resource log = Resource.define("Log", r -> r.table("logs").repo("audit").attributes(a -> a.uuidPrimaryKey("id")));
        codegen(domain(product(r -> { }), log), named("init").repos(Set.of("audit")));
        assertThat(files()).allMatch(f -> f.startsWith("audit/"));
    }

    @Test
    void aMigrationNeedsAValidName() {
        Domain shop = domain(product(r -> { }));
        assertThatThrownBy(() -> codegen(shop, named(null))).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> codegen(shop, named("Bad Name"))).hasMessageContaining("snake_case");
    }
}
