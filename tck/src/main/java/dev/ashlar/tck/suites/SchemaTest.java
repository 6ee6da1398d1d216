package dev.ashlar.tck.suites;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.Ashlar;
import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;
import dev.ashlar.schema.SchemaBuilder;
import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.Limits;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema a data layer creates for a domain: exactly the declared tables, DDL with inlined literals. */
@Tck
class SchemaTest {

    static final Resource COUNTER = Resource.define("Counter", r -> r
            .table("counters")
            .attributes(a -> a.integerPrimaryKey("id").string("label").required().defaultTo("none")
                    .enumOf("state", "on", "off").defaultTo("off").integer("quantity").defaultTo(0))
            .check("quantity_not_negative", "quantity >= 0")
            .identity("unique_label", "label")
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("label", "state", "quantity")));

    static final Resource LINE = Resource.define("Line", r -> r
            .table("lines")
            .attributes(a -> a.uuidPrimaryKey("id").string("text"))
            .belongsTo("counter", "Counter", b -> b.attributeType(dev.ashlar.values.AttributeType.integer()))
            .actions(x -> x.defaults(CREATE, READ).defaultAccept("text", "counter_id")));

    static final Domain DOMAIN = Domain.define("schema", d -> d.resources(COUNTER, LINE));

    @Test
    void tableNamesListExactlyTheDeclaredTables(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        Map<String, Object> input = Map.of("label", "a");
        ashlar.create(COUNTER, input);

        assertThat(ashlar.dataLayer("main").schema().tableNames()).containsExactlyInAnyOrder("counters", "lines");
    }

    @Test
    void createStatementsInlineEveryLiteral(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);
        List<TableModel> tables = new SchemaBuilder(DOMAIN.resources()).tables("main");

        List<String> statements = tables.stream()
                .flatMap(t -> ashlar.dataLayer("main").schema().createStatements(t).stream()).toList();

        assertThat(tables).extracting(TableModel::name).containsExactly("counters", "lines");
        assertThat(statements).isNotEmpty().allSatisfy(sql -> assertThat(sql).doesNotContain("?"));
        assertThat(String.join("\n", statements)).contains("counters", "lines", "quantity_not_negative");
    }

    @Test
    void limitsArePositive(TckContext tck) {
        Ashlar ashlar = tck.open(DOMAIN);

        Limits limits = ashlar.dataLayer("main").limits();

        assertThat(limits.maxBindParameters()).isPositive();
        assertThat(limits.maxIdentifierLength()).isGreaterThanOrEqualTo(63);
        assertThat(ashlar.dataLayer("main").dialect()).isEqualTo(tck.dialect());
    }
}
