package dev.ashlar.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTableMergeTest {
    private static final Resource OWNER = Resource.define("Owner", r -> r.table("owners")
            .attributes(a -> a.uuidPrimaryKey("id")));

    @Test
    void aColumnIsRequiredOnlyWhenEveryResourceRequiresItAndIdenticalDeclarationsCountOnce() {
        Resource a = Resource.define("A", r -> r.table("things")
                .attributes(x -> x.uuidPrimaryKey("id").string("name").required().string("only_a").required()
                        .string("loose"))
                .belongsTo("owner", "Owner", b -> { })
                .check("name_not_empty", "length(name) > 0"));
        Resource b = Resource.define("B", r -> r.table("things")
                .attributes(x -> x.uuidPrimaryKey("id").string("name").required().string("loose").required())
                .belongsTo("owner", "Owner", o -> { })
                .check("name_not_empty", "length(name) > 0"));
        Domain domain = Domain.define("things", d -> d.resources(OWNER, a, b));

        TableModel things = new SchemaBuilder(domain.resources()).tables("main").stream()
                .filter(t -> t.name().equals("things")).findFirst().orElseThrow();

        assertThat(things.columns()).extracting(c -> c.name() + (c.nullable() ? "?" : "!"))
                .containsExactly("id!", "name!", "only_a?", "loose?", "owner_id?");
        assertThat(things.foreignKeys()).extracting(ForeignKeyModel::name).containsExactly("things_owner_id_fkey");
        assertThat(things.checks()).extracting(CheckModel::name).containsExactly("name_not_empty");
    }

    @Test
    void differentPrimaryKeysAreAConflictNamingBothResources() {
        Resource a = Resource.define("A", r -> r.table("things").attributes(x -> x.uuidPrimaryKey("id")));
        Resource b = Resource.define("B", r -> r.table("things").attributes(x -> x.uuidPrimaryKey("key")));

        List<String> conflicts = new SchemaBuilder(List.of(a, b)).sharedTableConflicts();

        assertThat(conflicts).singleElement().satisfies(c -> assertThat(c).contains("B: table things is shared with A")
                .contains("primary key [id]").contains("[key]"));
    }
}
