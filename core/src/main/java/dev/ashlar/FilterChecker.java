package dev.ashlar;

import dev.ashlar.error.FieldError;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.query.Filter;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Attribute;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import dev.ashlar.values.TypeKind;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.internal.values.ValueCaster;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a filter and sorts against a resource and returns the filter with every value cast to its attribute's
 * type, so data layers only ever see canonical values. Problems are collected into one
 * {@link InvalidInputException} with paths under {@code filter.} and {@code sort.}.
 */
final class FilterChecker {
    private final Resource resource;
    private final String action;
    private final List<FieldError> errors = new ArrayList<>();

    private FilterChecker(Resource resource, String action) {
        this.resource = resource;
        this.action = action;
    }

    static Filter check(Resource resource, String action, Filter filter, List<Sort> sorts) {
        FilterChecker checker = new FilterChecker(resource, action);
        Filter cast = filter == null ? null : checker.visit(filter);
        for (Sort s : sorts) {
            Attribute a = checker.attribute(s.attribute(), "sort.");
            if (a != null && !a.type().isOrderable()) {
                checker.errors.add(new FieldError("sort." + s.attribute(), "not_sortable",
                        a.type() + " attributes cannot be sorted"));
            }
        }
        if (!checker.errors.isEmpty()) {
            throw new InvalidInputException(resource.name(), action, checker.errors);
        }
        return cast;
    }

    private Filter visit(Filter filter) {
        return switch (filter) {
            case Filter.Compare c -> {
                Attribute a = attribute(c.attribute(), "filter.");
                if (a != null && c.op() != Filter.Op.EQ && c.op() != Filter.Op.NE && !a.type().isOrderable()) {
                    errors.add(new FieldError("filter." + c.attribute(), "not_comparable",
                            a.type() + " attributes support only equality"));
                }
                checkFilterable(a, c.attribute());
                if (c.value() == null) {
                    errors.add(nilValue(c.attribute(), c.op().name().toLowerCase()));
                    yield c;
                }
                yield new Filter.Compare(c.attribute(), c.op(), cast(a, c.attribute(), c.value()));
            }
            case Filter.In in -> {
                Attribute a = attribute(in.attribute(), "filter.");
                checkFilterable(a, in.attribute());
                List<Object> values = new ArrayList<>();
                for (Object v : in.values()) {
                    if (v == null) {
                        errors.add(new FieldError("filter." + in.attribute(), "invalid_value",
                                "in(...) cannot hold nil; use isNil()"));
                    } else {
                        values.add(cast(a, in.attribute(), v));
                    }
                }
                yield new Filter.In(in.attribute(), values);
            }
            case Filter.IsNil n -> {
                attribute(n.attribute(), "filter.");
                yield n;
            }
            case Filter.Text t -> {
                Attribute a = attribute(t.attribute(), "filter.");
                if (a != null && !a.type().isTextual()) {
                    errors.add(new FieldError("filter." + t.attribute(), "not_text",
                            "text operators need a text attribute, not " + a.type()));
                }
                if (t.value() == null) {
                    errors.add(nilValue(t.attribute(), t.op().name().toLowerCase()));
                    yield t;
                }
                yield new Filter.Text(t.attribute(), t.op(), (String) castAs(AttributeType.text(), t.attribute(),
                        t.value()));
            }
            case Filter.And and -> new Filter.And(and.parts().stream().map(this::visit).toList());
            case Filter.Or or -> new Filter.Or(or.parts().stream().map(this::visit).toList());
            case Filter.Not not -> new Filter.Not(visit(not.inner()));
        };
    }

    /** JSON and binary values have no comparison that means the same on every dialect: refused for eq and in. */
    private void checkFilterable(Attribute a, String name) {
        if (a != null && (a.type().kind() == TypeKind.JSON || a.type().kind() == TypeKind.BINARY)) {
            errors.add(new FieldError("filter." + name, "not_comparable", a.type() + " attributes cannot be filtered on"));
        }
    }

    private static FieldError nilValue(String name, String operator) {
        return new FieldError("filter." + name, "nil_value", operator + "(nil) is not a comparison SQL can make;"
                + " use Filter.where(\"" + name + "\").isNil() or isNotNil()");
    }

    private Attribute attribute(String name, String prefix) {
        Attribute a = resource.attribute(name).orElse(null);
        if (a == null) {
            errors.add(new FieldError(prefix + name, "unknown_attribute", resource.name() + " has no attribute "
                    + name));
        }
        return a;
    }

    private Object cast(Attribute a, String name, Object value) {
        if (a == null) {
            return value;
        }
        AttributeType type = a.type().kind() == TypeKind.STRING || a.type().kind() == TypeKind.CI_STRING
                ? AttributeType.text() : a.type(); // a filter value may be longer than the column allows
        return castAs(type, name, value);
    }

    private Object castAs(AttributeType type, String name, Object value) {
        try {
            return ValueCaster.cast(type, value);
        } catch (InvalidValueException e) {
            errors.add(new FieldError("filter." + name, e.code(), e.getMessage()));
            return value;
        }
    }
}
