package dev.ashlar.tck.migrations;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.DESTROY;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.Query;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.util.List;
import java.util.Map;

/**
 * A one-table domain for rollback, baseline and squash tests, at three versions: 1 items (id, label); 2 adds a
 * nullable {@code note}; 3 renames the table to {@code things} (renamed-from hint).
 */
final class Shelf {
    static final int LAST = 3;

    private Shelf() {
    }

    static Domain at(int version) {
        Resource item = Resource.define("Item", r -> {
            r.table(version >= 3 ? "things" : "items");
            if (version >= 3) {
                r.renamedFrom("items");
            }
            r.attributes(a -> {
                a.uuidPrimaryKey("id").string("label").required();
                if (version >= 2) {
                    a.text("note");
                }
            });
            r.actions(x -> x.defaults(CREATE, READ, UPDATE, DESTROY).defaultAccept(version >= 2
                    ? new String[] {"label", "note"} : new String[] {"label"}));
        });
        return Domain.define("shelf_v" + version, d -> d.resources(item));
    }

    static Row add(MigrationWorkspace ws, int version, String label) {
        return ws.with(at(version), ashlar -> ashlar.create(item(ashlar), Map.of("label", label)));
    }

    static void note(MigrationWorkspace ws, int version, Row row, String note) {
        ws.with(at(version), ashlar -> ashlar.update(item(ashlar), row, Map.of("note", note)));
    }

    static List<String> labels(MigrationWorkspace ws, int version) {
        return ws.with(at(version), ashlar -> ashlar.read(Query.of(item(ashlar))).stream()
                .map(r -> r.getString("label")).sorted().toList());
    }

    private static Resource item(Ashlar ashlar) {
        return ashlar.domain().require("Item");
    }
}
