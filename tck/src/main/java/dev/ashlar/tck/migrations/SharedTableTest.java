package dev.ashlar.tck.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ashlar.Ashlar;
import dev.ashlar.action.ActionType;
import dev.ashlar.domain.Domain;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.error.UniqueViolationException;
import dev.ashlar.migration.spi.MigrateRequest;
import dev.ashlar.migration.spi.RollbackRequest;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.schema.TableModel;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two resources on one table: the table holds the union of their columns (a column only one declares is nullable),
 * every identity of both is a unique index, migrations follow both declarations, and each resource reads and writes
 * only its own columns. Conflicting declarations are refused when the domain is built.
 */
@Tck
class SharedTableTest {

    @Test
    void theTableIsTheUnionOfBothResourcesAndEachResourceWorksOnItsOwnColumns(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        Domain v1 = domain(false);
        Domain v2 = domain(true);
        TableModel table = new SchemaBuilder(v1.resources()).tables(Library.REPO).get(0);
        assertThat(table.columns()).extracting(ColumnModel::name, ColumnModel::nullable).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", false), org.assertj.core.groups.Tuple.tuple("name", false),
                org.assertj.core.groups.Tuple.tuple("email", true), org.assertj.core.groups.Tuple.tuple("salary", true),
                org.assertj.core.groups.Tuple.tuple("badge", true));
        assertThat(table.indexes()).extracting(IndexModel::name)
                .containsExactlyInAnyOrder("shared_people_unique_email_index", "shared_people_unique_badge_index");

        ws.generate(v1, "people");
        ws.migrate(v1, MigrateRequest.all());
        ws.assertSchemaMatches(v1, "after creating the shared table");
        ws.with(v1, ashlar -> {
            Resource person = ashlar.domain().require("Person");
            Resource employee = ashlar.domain().require("Employee");
            Row ann = ashlar.create(person, Map.of("name", "Ann", "email", "ann@example.com"));
            Row bob = ashlar.create(employee, Map.of("name", "Bob", "salary", 100, "badge", "B-1"));
            assertThat(ann.has("salary")).isFalse();
            assertThat(bob.has("email")).isFalse();

            Row raised = ashlar.update(employee, bob, Map.of("salary", 120));
            assertThat(raised.getLong("salary")).isEqualTo(120L);
            Row renamed = ashlar.update(person, ann, Map.of("name", "Anne"));
            assertThat(renamed.getString("email")).isEqualTo("ann@example.com");

            assertThat(ashlar.read(Query.of(person).sort(Sort.asc("name"))))
                    .extracting(r -> r.getString("name") + "/" + r.getString("email"))
                    .containsExactly("Anne/ann@example.com", "Bob/null");
            assertThat(ashlar.read(Query.of(employee).where(Filter.where("badge").eq("B-1"))))
                    .extracting(r -> r.getString("name") + "/" + r.getLong("salary")).containsExactly("Bob/120");
            Throwable duplicate = catchThrowable(() -> ashlar.create(employee,
                    Map.of("name", "Cy", "salary", 1, "badge", "B-1")));
            assertThat(duplicate).isInstanceOf(UniqueViolationException.class).hasMessageContaining("unique_badge");

            ashlar.destroy(employee, raised);
            assertThat(ashlar.read(Query.of(person))).extracting(r -> r.getString("name")).containsExactly("Anne");
            return null;
        });

        // a required attribute only Employee declares: a nullable column, no backfill needed
        ws.generate(v2, "people_nickname");
        ws.migrate(v2, MigrateRequest.all());
        ws.assertSchemaMatches(v2, "after adding a column only Employee declares");
        ws.with(v2, ashlar -> {
            ashlar.create(ashlar.domain().require("Employee"),
                    Map.of("name", "Dee", "salary", 5, "badge", "D-1", "nickname", "dd"));
            ashlar.create(ashlar.domain().require("Person"), Map.of("name", "Eve"));
            assertThat(ashlar.read(Query.of(ashlar.domain().require("Employee")).sort(Sort.asc("name"))))
                    .extracting(r -> r.getString("name") + "/" + r.getString("nickname"))
                    .containsExactly("Anne/null", "Dee/dd", "Eve/null");
            return null;
        });
        ws.rollback(v2, RollbackRequest.last(1).forced());
        ws.assertSchemaMatches(v1, "after rolling the new column back");
    }

    @Test
    void conflictingDeclarationsOfOneColumnAreRefusedNamingBothResources() {
        Resource person = Resource.define("Person", r -> r.table("shared_people")
                .attributes(a -> a.uuidPrimaryKey("id").string("name", 50).required()));
        Resource employee = Resource.define("Employee", r -> r.table("shared_people")
                .attributes(a -> a.uuidPrimaryKey("id").integer("name")));

        Throwable refused = catchThrowable(() -> Domain.define("shared_conflict", d -> d.resources(person, employee)));

        assertThat(refused).isInstanceOf(DeclarationException.class)
                .hasMessageContaining("Employee.name").hasMessageContaining("Person")
                .hasMessageContaining("shared_people");
    }

    @Test
    void twoIdentitiesOfOneNameThatDifferAreRefused() {
        Resource person = Resource.define("Person", r -> r.table("shared_people")
                .attributes(a -> a.uuidPrimaryKey("id").string("name").string("email"))
                .identity("unique_key", "email"));
        Resource employee = Resource.define("Employee", r -> r.table("shared_people")
                .attributes(a -> a.uuidPrimaryKey("id").string("name"))
                .identity("unique_key", "name"));

        Throwable refused = catchThrowable(() -> Domain.define("shared_index_conflict",
                d -> d.resources(person, employee)));

        assertThat(refused).isInstanceOf(DeclarationException.class)
                .hasMessageContaining("shared_people_unique_key_index").hasMessageContaining("Person")
                .hasMessageContaining("Employee");
    }

    /** Person and Employee on one table; {@code withNickname}: Person also requires a nickname. */
    private static Domain domain(boolean withNickname) {
        Resource person = Resource.define("Person", r -> r.table("shared_people")
                .attributes(a -> a.uuidPrimaryKey("id").string("name").required().string("email"))
                .identity("unique_email", "email")
                .actions(x -> x.defaults(ActionType.CREATE, ActionType.READ, ActionType.UPDATE, ActionType.DESTROY)
                        .defaultAccept("name", "email")));
        Resource employee = Resource.define("Employee", r -> r.table("shared_people")
                .attributes(a -> {
                    a.uuidPrimaryKey("id").string("name").required().integer("salary").required()
                            .string("badge").required();
                    if (withNickname) {
                        a.string("nickname").required();
                    }
                })
                .identity("unique_badge", "badge")
                .actions(x -> x.defaults(ActionType.CREATE, ActionType.READ, ActionType.UPDATE, ActionType.DESTROY)
                        .defaultAccept(withNickname ? new String[] {"name", "salary", "badge", "nickname"}
                                : new String[] {"name", "salary", "badge"})));
        return Domain.define("shared_people" + (withNickname ? "_v2" : ""), d -> d.resources(person, employee));
    }
}
