package dev.ashlar.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A boolean expression over a resource's attributes. Build with {@link #where(String)}, combine with and/or/not. */
public sealed interface Filter {

    /** Comparison operators. */
    enum Op { EQ, NE, LT, LE, GT, GE }

    /** Text operators; the {@code IGNORE_CASE} ones fold case the same way on every dialect. */
    enum TextOp { CONTAINS, STARTS_WITH, EQUALS_IGNORE_CASE, CONTAINS_IGNORE_CASE }

    /**
     * A comparison. A {@code null} value is accepted here and refused when the filter is used (an
     * {@link dev.ashlar.error.InvalidInputException} saying to use {@code isNil()}), so a filter built from an
     * optional argument fails with a typed error naming the attribute.
     */
    record Compare(String attribute, Op op, Object value) implements Filter {
        public Compare {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(op, "op");
        }
    }

    /** Membership; {@code null} elements are refused when the filter is used, as for {@link Compare}. */
    record In(String attribute, List<Object> values) implements Filter {
        public In {
            Objects.requireNonNull(attribute, "attribute");
            values = Collections.unmodifiableList(new ArrayList<>(values)); // List.copyOf would throw on null
        }
    }

    record IsNil(String attribute) implements Filter {}

    /** A text match; a {@code null} value is refused when the filter is used, as for {@link Compare}. */
    record Text(String attribute, TextOp op, String value) implements Filter {
        public Text {
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    record And(List<Filter> parts) implements Filter {
        public And {
            parts = List.copyOf(parts);
        }
    }

    record Or(List<Filter> parts) implements Filter {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    record Not(Filter inner) implements Filter {}

    /** Starts an expression on an attribute. */
    static Field where(String attribute) {
        return new Field(attribute);
    }

    static Filter all(Filter... parts) {
        return new And(Arrays.asList(parts));
    }

    static Filter any(Filter... parts) {
        return new Or(Arrays.asList(parts));
    }

    static Filter not(Filter inner) {
        return new Not(inner);
    }

    default Filter and(Filter other) {
        return new And(List.of(this, other));
    }

    default Filter or(Filter other) {
        return new Or(List.of(this, other));
    }

    /** The left-hand side of an expression. */
    record Field(String attribute) {
        public Filter eq(Object value) { return new Compare(attribute, Op.EQ, value); }
        public Filter ne(Object value) { return new Compare(attribute, Op.NE, value); }
        public Filter lt(Object value) { return new Compare(attribute, Op.LT, value); }
        public Filter le(Object value) { return new Compare(attribute, Op.LE, value); }
        public Filter gt(Object value) { return new Compare(attribute, Op.GT, value); }
        public Filter ge(Object value) { return new Compare(attribute, Op.GE, value); }
        public Filter in(Object... values) { return new In(attribute, Arrays.asList(values)); }
        public Filter in(List<?> values) { return new In(attribute, new ArrayList<>(values)); }
        public Filter isNil() { return new IsNil(attribute); }
        public Filter isNotNil() { return new Not(new IsNil(attribute)); }
        public Filter contains(String value) { return new Text(attribute, TextOp.CONTAINS, value); }
        public Filter startsWith(String value) { return new Text(attribute, TextOp.STARTS_WITH, value); }
        public Filter equalsIgnoreCase(String value) { return new Text(attribute, TextOp.EQUALS_IGNORE_CASE, value); }
        public Filter containsIgnoreCase(String value) { return new Text(attribute, TextOp.CONTAINS_IGNORE_CASE, value); }
    }
}
