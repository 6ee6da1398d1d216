package dev.ashlar.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DropOrderTest {

    private static TableModel table(String name, String... references) {
        List<ForeignKeyModel> fks = new ArrayList<>();
        for (String referenced : references) {
            fks.add(new ForeignKeyModel(name + "_" + referenced + "_" + fks.size() + "_fkey", List.of("ref"), referenced,
                    List.of("id"), ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION));
        }
        return new TableModel(name, List.of(new ColumnModel("id", AttributeType.integer(), false, null, false)),
                List.of("id"), List.of(), fks, List.of());
    }

    private static List<String> names(List<TableModel> tables) {
        return tables.stream().map(TableModel::name).toList();
    }

    @Test
    void childrenGoBeforeTheirParentsSelfReferencesAsideAndCyclesLastInTheGivenOrder() {
        List<TableModel> tables = List.of(table("a"), table("b", "a"), table("c", "b", "c"), table("d", "e"),
                table("e", "d"), table("f", "outside"));

        assertThat(names(DropOrder.childrenFirst(tables))).containsExactly("c", "f", "b", "a", "d", "e");
    }

    @Test
    void aLongChainDeclaredParentsFirstDropsChildrenFirst() {
        List<TableModel> chain = new ArrayList<>();
        chain.add(table("t0"));
        for (int i = 1; i < 3000; i++) {
            chain.add(table("t" + i, "t" + (i - 1)));
        }

        List<String> order = names(DropOrder.childrenFirst(chain));

        assertThat(order).hasSize(3000);
        assertThat(order.get(0)).isEqualTo("t2999");
        assertThat(order.get(2999)).isEqualTo("t0");
    }

    /** The order is the one the pass-by-pass search over all waiting tables gave, on graphs of every shape. */
    @Test
    void keepsTheOrderOfThePassByPassSearch() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(12);
            List<TableModel> tables = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<String> references = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    references.add(random.nextInt(6) == 0 ? "outside" : "t" + random.nextInt(n));
                }
                tables.add(table("t" + i, references.toArray(String[]::new)));
            }
            assertThat(names(DropOrder.childrenFirst(tables))).as("round " + round)
                    .containsExactlyElementsOf(names(passByPass(tables)));
        }
    }

    /** Each pass places, in order, every waiting table that no other waiting table references. */
    private static List<TableModel> passByPass(List<TableModel> tables) {
        List<TableModel> ordered = new ArrayList<>();
        List<TableModel> pending = new ArrayList<>(tables);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (TableModel t : new ArrayList<>(pending)) {
                boolean referenced = pending.stream().anyMatch(other -> other != t && other.foreignKeys().stream()
                        .anyMatch(fk -> fk.referencedTable().equals(t.name())));
                if (!referenced) {
                    ordered.add(t);
                    pending.remove(t);
                    progress = true;
                }
            }
            if (!progress) {
                ordered.addAll(pending);
                pending.clear();
            }
        }
        return ordered;
    }
}
