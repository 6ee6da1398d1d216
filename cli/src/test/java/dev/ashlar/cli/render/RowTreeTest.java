package dev.ashlar.cli.render;

import static dev.ashlar.action.ActionType.READ;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a row prints as: public attributes only, exact values, the same tree in YAML and JSON. */
class RowTreeTest {
    static final Resource THING = Resource.define("Thing", r -> r.table("things")
            .attributes(a -> a.uuidPrimaryKey("id").decimal("price", 12, 2).timestamp("seen_at").json("meta")
                    .text("bio").string("secret").sensitive().string("internal_note").notPublic())
            .actions(x -> x.defaults(READ)));
    static final Domain DOMAIN = Domain.define("d", d -> d.resources(THING));
    static final UUID ID = UUID.fromString("0b6ec1c4-4bb5-4a70-9a0e-4ad9b9d5e0f1");

    private static Row row() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", ID);
        values.put("price", new BigDecimal("4.50"));
        values.put("seen_at", Instant.parse("2026-01-02T03:04:05.123456Z"));
        values.put("meta", Map.of("tags", List.of("a")));
        values.put("bio", null);
        values.put("secret", "hunter2-hash");
        values.put("internal_note", "do not show");
        return new Row("Thing", values, Set.of("secret"));
    }

    @Test
    void sensitiveAndNotPublicAttributesAreLeftOut() {
        Object tree = new RowTree(DOMAIN).of(List.of(row()), List.of());
        for (OutputFormat format : OutputFormat.values()) {
            assertThat(format.write(tree)).as(format.name()).doesNotContain("secret").doesNotContain("hunter2")
                    .doesNotContain("internal_note").doesNotContain("do not show");
        }
    }

    @Test
    void valuesAreExactAndTyped() {
        Object tree = new RowTree(DOMAIN).of(row(), List.of());
        assertThat(OutputFormat.JSON.write(tree)).isEqualToIgnoringWhitespace("""
                {"id": "0b6ec1c4-4bb5-4a70-9a0e-4ad9b9d5e0f1", "price": 4.50,
                 "seen_at": "2026-01-02T03:04:05.123456Z", "meta": {"tags": ["a"]}, "bio": null}""");
        assertThat(OutputFormat.YAML.write(tree)).contains("price: 4.50").contains("bio: null")
                .contains("2026-01-02T03:04:05.123456Z")
                .startsWith("id: ");
    }
}
