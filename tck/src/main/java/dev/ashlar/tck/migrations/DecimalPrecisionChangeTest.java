package dev.ashlar.tck.migrations;

import static dev.ashlar.action.ActionType.CREATE;
import static dev.ashlar.action.ActionType.READ;
import static dev.ashlar.action.ActionType.DESTROY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.domain.Domain;
import dev.ashlar.migration.MigrateRequest;
import dev.ashlar.migration.RollbackRequest;
import dev.ashlar.query.Query;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.tck.Tck;
import dev.ashlar.tck.TckContext;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changing a decimal between {@code decimal(p, s)} and the unconstrained {@code decimal()} is a column type change:
 * codegen writes it, it migrates and rolls back with rows present, and the live schema matches the declaration.
 */
@Tck
class DecimalPrecisionChangeTest {

    private static Domain withAmount(boolean constrained) {
        Resource price = Resource.define("Price", r -> r
                .table("decimal_prices")
                .attributes(a -> {
                    a.uuidPrimaryKey("id");
                    if (constrained) {
                        a.decimal("amount", 12, 2);
                    } else {
                        a.decimal("amount");
                    }
                })
                .actions(x -> x.defaults(CREATE, READ, DESTROY).defaultAccept("amount")));
        return Domain.define("prices", d -> d.resources(price));
    }

    private static List<BigDecimal> amounts(MigrationWorkspace ws, Domain domain) {
        return ws.with(domain, a -> a.read(Query.of(domain.require("Price"))).stream()
                .map(r -> r.getDecimal("amount")).sorted().toList());
    }

    @Test
    void aDecimalMigratesToUnconstrainedAndBackWithItsRows(TckContext tck, @TempDir Path root) {
        MigrationWorkspace ws = new MigrationWorkspace(tck, root);
        Domain constrained = withAmount(true);
        Domain unconstrained = withAmount(false);
        ws.generate(constrained, "create_prices");
        ws.migrate(constrained, MigrateRequest.all());
        ws.with(constrained, a -> a.create(constrained.require("Price"), Map.of("amount", "4.5")));

        String widen = ws.generate(unconstrained, "unconstrain_amount");
        assertThat(ws.files().keySet()).anyMatch(f -> f.contains("snapshots"));
        ws.migrate(unconstrained, MigrateRequest.all());
        ws.assertSchemaMatches(unconstrained, "after unconstraining amount");
        assertThat(amounts(ws, unconstrained)).containsExactly(new BigDecimal("4.5"));
        Row exact = ws.with(unconstrained, a -> a.create(unconstrained.require("Price"),
                Map.of("amount", "12345678901234567890.123456789")));
        assertThat(amounts(ws, unconstrained)).containsExactly(new BigDecimal("4.5"),
                new BigDecimal("12345678901234567890.123456789"));
        ws.with(unconstrained, a -> a.destroy(unconstrained.require("Price"), exact));

        ws.generate(constrained, "constrain_amount");
        ws.migrate(constrained, MigrateRequest.all());
        ws.assertSchemaMatches(constrained, "after constraining amount again");
        assertThat(amounts(ws, constrained)).containsExactly(new BigDecimal("4.50"));

        ws.rollback(constrained, RollbackRequest.to(widen).forced());
        ws.assertSchemaMatches(unconstrained, "after rolling back to the unconstrained amount");
        assertThat(amounts(ws, unconstrained)).containsExactly(new BigDecimal("4.5"));
    }
}
