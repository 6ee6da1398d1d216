package dev.ashlar.generator;

import dev.ashlar.row.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes the input of one row after another: every field by its plan, identities kept free of repeats. */
final class RowMaker {
    /** One made row: its index, the rows it used, and its field values in field order. */
    record Made(long index, Map<String, Row> used, Map<String, Object> values) {
    }

    private final String owner;
    private final List<FieldPlan> plans;
    private final Map<String, FieldPlan> byName = new LinkedHashMap<>();
    private final List<UniqueKeys> uniques;
    private final Map<String, UsedRows> uses;
    private final Map<String, Object> context;
    private final int maxTries;
    private long nextIndex;

    RowMaker(String owner, List<FieldPlan> plans, List<UniqueKeys> uniques, Map<String, UsedRows> uses,
             Map<String, Object> context, int maxTries) {
        this.owner = owner;
        this.plans = List.copyOf(plans);
        plans.forEach(p -> byName.put(p.name(), p));
        this.uniques = List.copyOf(uniques);
        this.uses = Map.copyOf(uses);
        this.context = Map.copyOf(context);
        this.maxTries = maxTries;
    }

    Made next() {
        long index = nextIndex++;
        Map<String, Row> used = new LinkedHashMap<>();
        uses.forEach((name, rows) -> used.put(name, rows.rowFor(index)));
        Map<String, Object> values = new LinkedHashMap<>();
        RowDraft draft = new RowDraft(index, used, context, values);
        for (FieldPlan plan : plans) {
            Object value = plan.make(draft);
            if (value != null || !plan.optional()) {
                values.put(plan.name(), value);   // an optional field left nil is left out: its default applies
            }
        }
        for (UniqueKeys unique : uniques) {
            int tries = 1;
            while (!unique.claim(values)) {
                if (tries++ >= maxTries) {
                    throw new GeneratorException(owner + ": identity " + unique.identity().name() + " "
                            + unique.keys() + ": " + maxTries + " generated keys in a row repeat earlier rows';"
                            + " give " + unique.keys() + " a generator with more distinct values (e.g. Gen.sequence)");
                }
                for (String key : unique.keys()) {
                    values.put(key, byName.get(key).make(draft));
                }
            }
        }
        return new Made(index, Map.copyOf(used), values);
    }
}
