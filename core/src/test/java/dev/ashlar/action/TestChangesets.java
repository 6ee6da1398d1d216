package dev.ashlar.action;

import dev.ashlar.internal.row.RowLayout;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.util.function.Supplier;

/** Changesets of a resource's action the way the engine starts them, for tests of changes and validations. */
final class TestChangesets {
    private TestChangesets() {
    }

    static Changeset of(Resource resource, String action, Row original) {
        return start(resource, action, original, null);
    }

    static Changeset start(Resource resource, String action, Row original, Supplier<Row> originalLoader) {
        return Changeset.start(resource.name(), RowLayout.of(resource.attributes().stream().map(Attribute::name).toList()),
                resource.attributes().stream().map(Attribute::type).toList(), resource.action(action).orElseThrow(),
                null, original, originalLoader, null);
    }
}
