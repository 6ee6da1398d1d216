package dev.ashlar;

import dev.ashlar.action.ActionDefinition;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.query.Filter;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs reads: checked filters, explicit sorts, paging, get-by-key and get-by-identity, relationship loads. */
final class ReadRunner {
    private final AshlarView ashlar;

    ReadRunner(AshlarView ashlar) {
        this.ashlar = ashlar;
    }

    List<Row> read(ResourceRuntime rt, String action, Filter baseFilter, Query query) {
        Filter combined = baseFilter == null ? query.filter()
                : query.filter() == null ? baseFilter : baseFilter.and(query.filter());
        Filter checked = FilterChecker.check(rt.resource(), action, combined, query.sorts());
        List<Map<String, Object>> found = rt.dataLayer().rows()
                .select(rt.resource(), checked, query.sorts(), query.limit(), query.offset());
        List<Row> rows = new ArrayList<>(found.size());
        for (Map<String, Object> values : found) {
            rows.add(rt.row(values));
        }
        for (String relationship : query.loads()) {
            rows = new RelationshipLoader(ashlar).load(rt, relationship, rows);
        }
        return rows;
    }

    List<Row> read(ResourceRuntime rt, ActionDefinition action, Map<String, ?> arguments, Query query) {
        Map<String, Object> args = Arguments.check(rt.resource(), action, arguments);
        Filter base = action.readFilter() == null ? null : action.readFilter().build(args);
        return read(rt, action.name(), base, query);
    }

    /**
     * The one row a get-by code interface finds: {@code input} holds the values of {@code fields} (the primary key
     * or an identity's keys, checked when the domain was built) and the read action's arguments.
     */
    Row one(ResourceRuntime rt, ActionDefinition action, List<String> fields, Map<String, ?> input) {
        Resource r = rt.resource();
        List<FieldError> errors = new ArrayList<>(InputMaps.shapeErrors(input));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(r.name(), action.name(), errors);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> arguments = new LinkedHashMap<>();
        input.forEach((k, v) -> (fields.contains(k) ? values : arguments).put(k, v));
        for (String field : fields) {
            if (values.get(field) == null) {
                errors.add(new FieldError(field, "required", "is required to get one " + r.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(r.name(), action.name(), errors);
        }
        List<Row> found = read(rt, action, arguments, Query.of(r).where(equalities(values)).limit(1));
        if (found.isEmpty()) {
            throw rt.notFound(values);
        }
        return found.get(0);
    }

    Optional<Row> byKey(ResourceRuntime rt, Map<String, Object> key) {
        return rt.dataLayer().rows().find(rt.resource(), key).map(rt::row);
    }

    Row byIdentity(ResourceRuntime rt, String identityName, Map<String, ?> values) {
        Resource r = rt.resource();
        Identity identity = r.identity(identityName).orElseThrow(() -> new InvalidInputException(r.name(), "get_by",
                List.of(new FieldError("identity", "unknown_identity", r.name() + " has no identity "
                        + identityName + "; it has " + r.identities().stream().map(Identity::name).toList()))));
        List<FieldError> errors = new ArrayList<>(InputMaps.shapeErrors(values));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(r.name(), "get_by", errors);
        }
        for (String key : identity.keys()) {
            if (values.get(key) == null) {
                errors.add(new FieldError(key, "required", "is required to get " + r.name() + " by " + identityName));
            }
        }
        if (!errors.isEmpty() || values.size() != identity.keys().size()) {
            values.keySet().stream().filter(k -> !identity.keys().contains(k)).forEach(k -> errors.add(
                    new FieldError(k, "not_accepted", "is not a key of identity " + identityName)));
            throw new InvalidInputException(r.name(), "get_by", errors);
        }
        Map<String, Object> raw = new LinkedHashMap<>(values);
        Filter filter = FilterChecker.check(r, "get_by", equalities(raw), List.of());
        List<Map<String, Object>> found = rt.dataLayer().rows().select(r, filter, List.of(), 1, 0);
        if (found.isEmpty()) {
            throw rt.notFound(raw);
        }
        return rt.row(found.get(0));
    }

    static Filter equalities(Map<String, Object> values) {
        List<Filter> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(Filter.where(k).eq(v)));
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }
}
