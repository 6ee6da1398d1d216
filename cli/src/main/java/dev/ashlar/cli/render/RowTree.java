package dev.ashlar.cli.render;

import dev.ashlar.domain.Domain;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns results into plain trees (maps, lists, text, numbers, booleans, null) that print the same in every format.
 * A row keeps its public attributes only, so sensitive ones (never public) are never printed; loaded relationships
 * follow as nested rows. Values stay exact: decimals keep their scale, timestamps are ISO-8601 UTC, UUIDs text,
 * binary Base64, JSON maps nested objects.
 */
public final class RowTree {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;
    private final Domain domain;

    public RowTree(Domain domain) {
        this.domain = domain;
    }

    /** A row, a list of rows (or of anything) or a plain value, as a tree. */
    public Object of(Object result, List<String> loads) {
        return switch (result) {
            case null -> null;
            case Row row -> row(row, loads);
            case Collection<?> list -> {
                List<Object> out = new ArrayList<>();
                list.forEach(item -> out.add(of(item, loads)));
                yield out;
            }
            default -> value(result);
        };
    }

    private Map<String, Object> row(Row row, List<String> loads) {
        Resource resource = domain.require(row.resource());
        Map<String, Object> out = new LinkedHashMap<>();
        for (Attribute a : resource.attributes()) {
            if (a.isPublic() && !a.sensitive() && row.has(a.name())) {
                out.put(a.name(), value(row.get(a.name())));
            }
        }
        for (String load : loads) {
            if (resource.relationship(load).isPresent()) {
                out.put(load, of(row.related(load), List.of()));
            }
        }
        return out;
    }

    private static Object value(Object v) {
        return switch (v) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Long l -> l;
            case Integer i -> (long) i;
            case BigDecimal d -> d;
            case Instant i -> UTC.format(i.atOffset(ZoneOffset.UTC).toInstant());
            case UUID u -> u.toString();
            case LocalDate d -> d.toString();
            case LocalTime t -> t.toString();
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Map<?, ?> map -> {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
                yield out;
            }
            case Collection<?> list -> list.stream().map(RowTree::value).toList();
            case Enum<?> e -> e.name();
            default -> v.toString();
        };
    }
}
