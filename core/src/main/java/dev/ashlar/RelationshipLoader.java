package dev.ashlar;

import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.query.Filter;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Relationship;
import dev.ashlar.row.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Loads related rows for a page of results with one query per relationship (two for many-to-many), never one per
 * row. Works across repos, since each side is read through its own data layer.
 */
final class RelationshipLoader {
    private final AshlarView ashlar;

    RelationshipLoader(AshlarView ashlar) {
        this.ashlar = ashlar;
    }

    List<Row> load(ResourceRuntime rt, String name, List<Row> rows) {
        Relationship rel = rt.resource().relationship(name).orElseThrow(() -> new InvalidInputException(
                rt.resource().name(), "read", List.of(new FieldError("load." + name, "unknown_relationship",
                        rt.resource().name() + " has no relationship " + name))));
        if (rows.isEmpty()) {
            return rows;
        }
        ResourceRuntime dest = ashlar.runtime(rel.destination());
        String pk = rt.primaryKey().get(0).name();
        return switch (rel) {
            case Relationship.BelongsTo b -> {
                String destPk = dest.primaryKey().get(0).name();
                Map<Object, List<Row>> byKey = group(fetch(dest, destPk, values(rows, b.attribute())), destPk);
                yield attach(rows, name, row -> byKey.getOrDefault(row.get(b.attribute()), List.of()));
            }
            case Relationship.HasMany h -> {
                Map<Object, List<Row>> byKey = group(fetch(dest, h.destinationAttribute(), values(rows, pk)),
                        h.destinationAttribute());
                yield attach(rows, name, row -> byKey.getOrDefault(row.get(pk), List.of()));
            }
            case Relationship.HasOne h -> {
                Map<Object, List<Row>> byKey = group(fetch(dest, h.destinationAttribute(), values(rows, pk)),
                        h.destinationAttribute());
                yield attach(rows, name, row -> byKey.getOrDefault(row.get(pk), List.of()).stream().limit(1).toList());
            }
            case Relationship.ManyToMany m -> {
                ResourceRuntime through = ashlar.runtime(m.through());
                List<Row> links = fetch(through, m.sourceAttribute(), values(rows, pk));
                String destPk = dest.primaryKey().get(0).name();
                Map<Object, List<Row>> targets = group(fetch(dest, destPk, values(links, m.destinationAttribute())),
                        destPk);
                Map<Object, List<Row>> linksBySource = group(links, m.sourceAttribute());
                yield attach(rows, name, row -> {
                    List<Row> related = new ArrayList<>();
                    for (Row link : linksBySource.getOrDefault(row.get(pk), List.of())) {
                        related.addAll(targets.getOrDefault(link.get(m.destinationAttribute()), List.of()));
                    }
                    return related;
                });
            }
        };
    }

    /** Rows of {@code rt} whose {@code attribute} is in {@code keys}, chunked under the bind-parameter limit. */
    private List<Row> fetch(ResourceRuntime rt, String attribute, Set<Object> keys) {
        List<Row> out = new ArrayList<>();
        List<Object> all = new ArrayList<>(keys);
        int chunk = Math.max(1, rt.dataLayer().limits().maxBindParameters() / 2);
        List<Sort> order = rt.primaryKey().stream().map(a -> Sort.asc(a.name())).toList();
        for (int from = 0; from < all.size(); from += chunk) {
            Filter in = Filter.where(attribute).in(all.subList(from, Math.min(all.size(), from + chunk)));
            for (Map<String, Object> values : rt.dataLayer().rows().select(rt.resource(), in, order, null, 0)) {
                out.add(rt.row(values));
            }
        }
        return out;
    }

    private static Set<Object> values(List<Row> rows, String attribute) {
        Set<Object> out = new LinkedHashSet<>();
        for (Row row : rows) {
            Object v = row.get(attribute);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static Map<Object, List<Row>> group(List<Row> rows, String attribute) {
        Map<Object, List<Row>> out = new LinkedHashMap<>();
        for (Row row : rows) {
            out.computeIfAbsent(Objects.requireNonNull(row.get(attribute)), k -> new ArrayList<>()).add(row);
        }
        return out;
    }

    private static List<Row> attach(List<Row> rows, String name, java.util.function.Function<Row, List<Row>> related) {
        return rows.stream().map(row -> row.withRelated(name, related.apply(row))).toList();
    }
}
