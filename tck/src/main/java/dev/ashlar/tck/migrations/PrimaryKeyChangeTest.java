package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.action.ActionType;
import dev.ashlar.domain.Domain;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's primary key moves to another column while another table's foreign key references it, with rows in
 * both: the migration drops the dependent foreign key, then the key, alters the old key column (it becomes
 * nullable), adds the new key and re-adds the foreign key; the rollback undoes that in the same safe order.
 */
@Tck
class PrimaryKeyChangeTest {

    @Test
    void aReferencedPrimaryKeyMovesToAnotherColumnUpDownAndUpAgainWithRows(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        Domain byId = items(false);
        Domain byCode = items(true);
        ws.generate(byId, "items_by_id");
        ws.migrate(byId, MigrateRequest.all());
        ws.with(byId, ashlar -> {
            for (long n = 1; n <= 2; n++) { // id and code agree, so the references stay valid under either key
                ashlar.create(ashlar.domain().require("Item"), Map.of("id", n, "code", n));
                ashlar.create(ashlar.domain().require("Line"), Map.of("note", "line " + n, "item_id", n));
            }
            return null;
        });

        ws.generate(byCode, "items_by_code");
        ws.migrate(byCode, MigrateRequest.all());
        ws.assertSchemaMatches(byCode, "after moving the key to code");
        assertRows(ws, byCode, "after moving the key to code");

        ws.rollback(byCode, RollbackRequest.last(1).forced());
        ws.assertSchemaMatches(byId, "after rolling the key change back");
        assertRows(ws, byId, "after rolling the key change back");

        ws.migrate(byCode, MigrateRequest.all());
        ws.assertSchemaMatches(byCode, "after moving the key to code again");
        assertRows(ws, byCode, "after moving the key to code again");
    }

    private static void assertRows(MigrationWorkspace ws, Domain domain, String when) {
        List<String> rows = ws.with(domain, ashlar -> rows(ashlar));
        assertThat(rows).as("items and lines " + when)
                .containsExactly("item 1/1", "item 2/2", "line 1 -> 1", "line 2 -> 2");
    }

    private static List<String> rows(Ashlar ashlar) {
        List<String> items = ashlar.read(Query.of(ashlar.domain().require("Item")).sort(Sort.asc("code"))).stream()
                .map(r -> "item " + r.getLong("id") + "/" + r.getLong("code")).toList();
        List<String> lines = ashlar.read(Query.of(ashlar.domain().require("Line")).sort(Sort.asc("note"))).stream()
                .map(r -> r.getString("note") + " -> " + r.getLong("item_id")).toList();
        return java.util.stream.Stream.concat(items.stream(), lines.stream()).toList();
    }

    /** Items keyed by id, or (with {@code keyedByCode}) by code, with id then a plain nullable column. */
    private static Domain items(boolean keyedByCode) {
        Resource item = Resource.define("Item", r -> r.table("pk_items")
                .attributes(a -> {
                    if (keyedByCode) {
                        a.integer("id").integer("code").required().primaryKey();
                    } else {
                        a.integer("id").primaryKey().integer("code").required();
                    }
                })
                .actions(x -> x.defaults(ActionType.CREATE, ActionType.READ).defaultAccept("id", "code")));
        Resource line = Resource.define("Line", r -> r.table("pk_lines")
                .attributes(a -> a.uuidPrimaryKey("id").string("note").required())
                .belongsTo("item", "Item", b -> b.attributeType(AttributeType.integer()).required())
                .actions(x -> x.defaults(ActionType.CREATE, ActionType.READ).defaultAccept("note", "item_id")));
        return Domain.define("pk_items_" + (keyedByCode ? "by_code" : "by_id"), d -> d.resources(item, line));
    }
}
