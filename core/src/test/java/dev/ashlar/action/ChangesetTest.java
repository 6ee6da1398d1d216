package dev.ashlar.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.internal.row.RowLayout;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChangesetTest {
    static final Resource TASK = Resource.define("Task", r -> r.table("tasks")
            .attributes(a -> a.uuidPrimaryKey("id").string("title").required().integer("points").text("notes"))
            .actions(x -> x.defaults(ActionType.CREATE, ActionType.UPDATE).defaultAccept("title", "points", "notes")
                    .update("estimate", u -> u.accept("points").argument("reason", AttributeType.string()))));

    private static Changeset fresh() {
        return TestChangesets.of(TASK, "create", null);
    }

    @Test
    void changesAreCastKeptInDeclarationOrderAndCanBeCleared() {
        Changeset cs = fresh().set("notes", "n").set("points", "3").set("title", "Write");

        assertThat(cs.changes()).containsExactly(Map.entry("title", "Write"), Map.entry("points", 3L),
                Map.entry("notes", "n"));
        assertThat(cs.isChanging("points")).isTrue();
        cs.clear("points").set("notes", null);
        assertThat(cs.isChanging("points")).isFalse();
        assertThat(cs.changes()).containsOnlyKeys("title", "notes").containsEntry("notes", null);
        assertThat(cs.changes().size()).isEqualTo(2);
        assertThatThrownBy(() -> cs.changes().put("title", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValueThatDoesNotFitIsAnErrorNotAChange() {
        Changeset cs = fresh().set("points", "many");

        assertThat(cs.isValid()).isFalse();
        assertThat(cs.errors()).extracting(e -> e.path()).containsExactly("points");
        assertThat(cs.isChanging("points")).isFalse();
        assertThatThrownBy(() -> cs.set("colour", "red")).hasMessage("Task has no attribute colour");
    }

    @Test
    void valueReadsAnAttributeOrElseAnArgument() {
        Row original = new Row("Task", Map.of("id", java.util.UUID.randomUUID(), "title", "Old", "points", 1L),
                Set.of());
        Changeset cs = TestChangesets.of(TASK, "estimate", original)
                .set("points", 5).putArgument("reason", "bigger");

        assertThat(cs.value("points")).isEqualTo(5L);
        assertThat(cs.value("title")).isEqualTo("Old");
        assertThat(cs.value("reason")).isEqualTo("bigger");
    }

    @Test
    void aLazyOriginalIsLoadedOnceAndOnlyWhenRead() {
        AtomicInteger loads = new AtomicInteger();
        Row stored = new Row("Task", Map.of("title", "Stored", "points", 2L), Set.of());
        Changeset cs = TestChangesets.start(TASK, "update", null, () -> {
            loads.incrementAndGet();
            return stored;
        });

        cs.set("points", 4);
        assertThat(cs.attribute("points")).isEqualTo(4L);
        assertThat(loads).hasValue(0);
        assertThat(cs.attribute("title")).isEqualTo("Stored");
        assertThat(cs.original()).contains(stored);
        assertThat(loads).hasValue(1);
    }

    @Test
    void theLayoutAndTheTypesMustMatch() {
        RowLayout threeNames = RowLayout.of(List.of("id", "title", "points"));
        List<AttributeType> fourTypes = TASK.attributes().stream().map(dev.ashlar.resource.Attribute::type).toList();
        assertThatThrownBy(() -> Changeset.start("Task", threeNames, fourTypes, TASK.action("update").orElseThrow(),
                null, null, null, null)).hasMessageContaining("are not one layout of Task");
    }
}
