package dev.ashlar.cli;

import dev.ashlar.AshlarView;
import dev.ashlar.query.Filter;
import dev.ashlar.Query;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code --load} for commands whose rows come from a write or a generic action: the command's rows are read again
 * by primary key with the relationships loaded (one query per relationship), in the order they came.
 */
final class Loads {
    private final AshlarView ashlar;
    private final Resource resource;

    Loads(AshlarView ashlar, Resource resource) {
        this.ashlar = ashlar;
        this.resource = resource;
    }

    Object reload(Object result, List<String> loads) {
        if (loads.isEmpty() || resource.primaryKey().size() != 1) {
            return result;
        }
        if (result instanceof Row row && row.resource().equals(resource.name())) {
            return reload(List.of(row), loads).get(0);
        }
        if (result instanceof Collection<?> list && !list.isEmpty()
                && list.stream().allMatch(i -> i instanceof Row r && r.resource().equals(resource.name()))) {
            return reload(list.stream().map(Row.class::cast).toList(), loads);
        }
        return result;
    }

    private List<Row> reload(List<Row> rows, List<String> loads) {
        String pk = resource.primaryKey().get(0).name();
        List<Object> keys = rows.stream().map(r -> r.<Object>get(pk)).toList();
        Map<Object, Row> loaded = ashlar.read(Query.of(resource).where(Filter.where(pk).in(keys))
                        .load(loads.toArray(String[]::new))).stream()
                .collect(Collectors.toMap(r -> r.get(pk), Function.identity()));
        List<Row> out = new ArrayList<>();
        for (Row r : rows) { // a row the action has since removed keeps no related rows
            Row withRelated = r;
            for (String load : loads) {
                withRelated = withRelated.withRelated(load, List.of());
            }
            out.add(loaded.getOrDefault(r.get(pk), withRelated));
        }
        return out;
    }
}
