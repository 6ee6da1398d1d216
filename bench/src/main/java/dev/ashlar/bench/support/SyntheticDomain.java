package dev.ashlar.bench.support;

import static dev.ashlar.action.ActionType.CREATE;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * A domain of {@code n} resources shaped like {@code item} (8 columns, an identity), each but the first belonging to
 * the one before it, so migrations carry tables, unique indexes and foreign keys in dependency order.
 */
public final class SyntheticDomain {
    private SyntheticDomain() {
    }

    public static Domain of(int n) {
        List<Resource> resources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            resources.add(Resource.define("R" + i, r -> {
                r.table("t_" + index).attributes(a -> a.uuidPrimaryKey("id").uuid("tenant_id")
                        .string("name", 100).required().string("email", 200)
                        .enumOf("status", "active", "suspended", "closed").required().defaultTo("active")
                        .decimal("amount", 12, 2).timestamp("created_at").text("note"))
                        .identity("unique_name", "tenant_id", "name")
                        .actions(x -> x.defaults(CREATE).defaultAccept("name"));
                if (index > 0) {
                    r.belongsTo("parent", "R" + (index - 1), b -> b.onDelete(ForeignKeyAction.CASCADE));
                }
            }));
        }
        return Domain.define("synthetic", d -> d.resources(resources.toArray(Resource[]::new)));
    }
}
