package dev.ashlar;

import dev.ashlar.query.Filter;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable read request: filter, sorts, page, and relationships to load.
 *
 * @param resource the resource's name
 * @param filter   the filter, or {@code null} for all rows
 * @param limit    the maximum row count, or {@code null} for no limit
 * @param loads    relationship names whose rows are loaded into each result
 */
public record Query(String resource, Filter filter, List<Sort> sorts, Integer limit, int offset,
                    List<String> loads) {

    public Query {
        Objects.requireNonNull(resource, "resource");
        sorts = List.copyOf(sorts);
        loads = List.copyOf(loads);
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
    }

    public static Query of(Resource resource) {
        return of(resource.name());
    }

    public static Query of(String resourceName) {
        return new Query(resourceName, null, List.of(), null, 0, List.of());
    }

    /** Adds a filter, and-ed with any filter already present. */
    public Query where(Filter more) {
        return new Query(resource, filter == null ? more : filter.and(more), sorts, limit, offset, loads);
    }

    public Query sort(Sort... more) {
        List<Sort> all = new ArrayList<>(sorts);
        all.addAll(Arrays.asList(more));
        return new Query(resource, filter, all, limit, offset, loads);
    }

    public Query limit(int rows) {
        return new Query(resource, filter, sorts, rows, offset, loads);
    }

    public Query offset(int rows) {
        return new Query(resource, filter, sorts, limit, rows, loads);
    }

    /** Loads related rows (any relationship kind) into each result row. */
    public Query load(String... relationships) {
        List<String> all = new ArrayList<>(loads);
        all.addAll(Arrays.asList(relationships));
        return new Query(resource, filter, sorts, limit, offset, all);
    }
}
