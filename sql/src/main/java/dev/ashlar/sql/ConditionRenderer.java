package dev.ashlar.sql;

import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.position;
import static org.jooq.impl.DSL.val;

import dev.ashlar.error.UnsupportedCapabilityException;
import dev.ashlar.query.Filter;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.Resource;
import dev.ashlar.values.TypeKind;
import dev.ashlar.spi.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Renders a checked {@link Filter} (values already canonical) as a jOOQ condition. Values become bind parameters
 * holding each type's dialect-encoded value; text operators use {@code position()} so they are case-sensitive on
 * every dialect (SQLite's LIKE is not).
 */
final class ConditionRenderer {
    /** Longer in-lists are bound as one JSON array, whatever the bind-parameter limit. */
    static final int LARGE_IN_LIST = 500;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final SqlDialect dialect;
    private final Codecs codecs;
    private final boolean unicodeFolding;

    ConditionRenderer(SqlDialect dialect, Codecs codecs, Set<Capability> capabilities) {
        this.dialect = dialect;
        this.codecs = codecs;
        this.unicodeFolding = capabilities.contains(Capability.UNICODE_CASE_FOLDING);
    }

    Condition render(Resource resource, Filter filter) {
        return switch (filter) {
            case Filter.Compare c -> {
                AttributeType type = type(resource, c.attribute());
                checkFolding(type, c.value());
                yield compare(column(c.attribute()), type, c.op(), bind(type, c.value()));
            }
            case Filter.In in -> {
                AttributeType type = type(resource, in.attribute());
                if (in.values().isEmpty()) {
                    yield falseCondition();
                }
                if (in.values().size() > LARGE_IN_LIST) {
                    in.values().forEach(v -> checkFolding(type, v));
                    yield dialect.inJsonArray(dialect.operand(column(in.attribute()), type, false), type,
                            val(jsonArray(type, in.values())));
                }
                List<Condition> any = new ArrayList<>();
                for (Object v : in.values()) {
                    checkFolding(type, v);
                    any.add(compare(column(in.attribute()), type, Filter.Op.EQ, bind(type, v)));
                }
                yield type.kind() == TypeKind.CI_STRING ? DSL.or(any)
                        : column(in.attribute()).in(in.values().stream().map(v -> bind(type, v)).toList());
            }
            case Filter.IsNil n -> column(n.attribute()).isNull();
            case Filter.Text t -> text(t);
            case Filter.And and -> DSL.and(and.parts().stream().map(p -> render(resource, p)).toList());
            case Filter.Or or -> DSL.or(or.parts().stream().map(p -> render(resource, p)).toList());
            case Filter.Not not -> DSL.not(render(resource, not.inner()));
        };
    }

    private Condition text(Filter.Text t) {
        if (t.op() == Filter.TextOp.EQUALS_IGNORE_CASE || t.op() == Filter.TextOp.CONTAINS_IGNORE_CASE) {
            checkFolding(t.value());
        }
        Field<String> column = field(name(t.attribute()), String.class);
        Field<String> value = val(t.value());
        return switch (t.op()) {
            case CONTAINS -> position(column, value).gt(inline(0));
            case STARTS_WITH -> position(column, value).eq(inline(1));
            case EQUALS_IGNORE_CASE -> lower(column).eq(lower(value));
            case CONTAINS_IGNORE_CASE -> position(lower(column), lower(value)).gt(inline(0));
        };
    }

    /** Bound as one JSON array: numbers stay numbers, everything else is the text the dialect stores. */
    private String jsonArray(AttributeType type, List<Object> values) {
        List<Object> encoded = new ArrayList<>(values.size());
        for (Object v : values) {
            Object bind = codecs.of(type).toBindValue(v);
            encoded.add(bind instanceof Number || bind instanceof Boolean ? bind : String.valueOf(bind));
        }
        try {
            return JSON.writeValueAsString(encoded);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an in-list", e);
        }
    }

    private Condition compare(Field<Object> column, AttributeType type, Filter.Op op, Field<Object> value) {
        boolean ordering = op != Filter.Op.EQ && op != Filter.Op.NE;
        Field<Object> left = dialect.operand(column, type, ordering);
        Field<Object> right = dialect.operand(value, type, ordering);
        return switch (op) {
            case EQ -> left.eq(right);
            case NE -> left.ne(right);
            case LT -> left.lt(right);
            case LE -> left.le(right);
            case GT -> left.gt(right);
            case GE -> left.ge(right);
        };
    }

    private void checkFolding(AttributeType type, Object value) {
        if (type.kind() == TypeKind.CI_STRING && value instanceof String s) {
            checkFolding(s);
        }
    }

    /**
     * Without Unicode case folding, {@code lower()} folds only ASCII. A value with a non-ASCII cased letter would
     * then match less than on other dialects, so it is refused rather than answered wrongly.
     */
    private void checkFolding(String value) {
        if (unicodeFolding) {
            return;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (cp > 127 && (Character.toLowerCase(cp) != cp || Character.toUpperCase(cp) != cp)) {
                throw new UnsupportedCapabilityException(Capability.UNICODE_CASE_FOLDING.name(), dialect.id());
            }
            i += Character.charCount(cp);
        }
    }

    private Field<Object> bind(AttributeType type, Object canonical) {
        return val(codecs.of(type).toBindValue(canonical));
    }

    static Field<Object> column(String attribute) {
        return field(name(attribute));
    }

    private static AttributeType type(Resource resource, String attribute) {
        return resource.attribute(attribute).orElseThrow(() -> new IllegalArgumentException(
                resource.name() + " has no attribute " + attribute)).type();
    }
}
