package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom indexes, plain and partial unique, are created and enforced the same way on every dialect. */
@Tck
class CustomIndexTest {

    static final Resource TASK = Resource.define("Task", r -> r
            .table("tasks")
            .attributes(a -> a.uuidPrimaryKey("id").string("title").required().bool("done").required()
                    .defaultTo(false).integer("priority"))
            .index("tasks_priority_index", "priority")
            .index("tasks_open_title_index", true, "done = false", "title")
            .actions(x -> x.defaults(CREATE, READ, UPDATE).defaultAccept("title", "done", "priority")));

    static final Domain DOMAIN = Domain.define("tasks", d -> d.resources(TASK));

    @Test
    void aPartialUniqueIndexHoldsOnlyWhereItsPredicateHolds(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Row first = ashlar.create(TASK, Map.of("title", "write tests"));
        assertThatThrownBy(() -> ashlar.create(TASK, Map.of("title", "write tests")))
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
                    assertThat(e.identity()).isEqualTo("tasks_open_title_index");
                    assertThat(e.resource()).isEqualTo("Task");
                });
        ashlar.update(TASK, first, Map.of("done", true));
        ashlar.create(TASK, Map.of("title", "write tests"));
        ashlar.create(TASK, Map.of("title", "write tests", "done", true));
        assertThat(ashlar.read(Query.of(TASK).where(Filter.where("title").eq("write tests")))).hasSize(3);
    }

    @Test
    void plainIndexesExistAfterCreation(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        assertThat(ashlar.dataLayer("main").schema().introspect().table("tasks").orElseThrow().indexes())
                .extracting(i -> i.name())
                .contains("tasks_priority_index", "tasks_open_title_index");
    }
}
