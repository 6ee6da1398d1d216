package dev.ashlar.sqlite;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

import dev.ashlar.values.AttributeType;
import dev.ashlar.values.TypeKind;
import java.util.Optional;
import org.jooq.Field;

/**
 * Rewrites the text of a decimal whose column changes between decimal(p, s) and the unconstrained decimal:
 * {@link SqliteCodecs} stores decimal(p, s) as plain text at its scale ({@code 4.50}, {@code 100.00},
 * {@code -0.50}) and the unconstrained decimal in its shortest form ({@code 4.5}, {@code 100}, {@code -0.5}). The
 * rewrite works on the text, exact for any number of digits, where SQLite's numeric functions would go through
 * doubles.
 */
public final class DecimalText {
    private DecimalText() {
    }

    /** The stored value in the form {@code to} stores it, or empty when both types store the same text. */
    public static Optional<Field<Object>> rewritten(Field<Object> value, AttributeType from, AttributeType to) {
        if (from.kind() != TypeKind.DECIMAL || to.kind() != TypeKind.DECIMAL) {
            return Optional.empty();
        }
        if (from.hasPrecision() && from.scale() > 0 && !to.hasPrecision()) {
            return Optional.of(shortest(value));
        }
        if (!from.hasPrecision() && to.hasPrecision()) {
            return Optional.of(atScale(value, to.precision(), to.scale()));
        }
        return Optional.empty();
    }

    /** Trailing zeros after the point go, and then a bare point: 4.50 -> 4.5, 100.00 -> 100, 0.00 -> 0. */
    private static Field<Object> shortest(Field<Object> v) {
        return field("case when instr({0}, '.') > 0 then rtrim(rtrim({0}, '0'), '.') else {0} end", Object.class, v);
    }

    /**
     * Zeros appended up to the scale: 4.5 -> 4.50, 100 -> 100.00. A value that does not fit (more decimal places or
     * more digits before the point than the type allows, written after the column became unconstrained) becomes a
     * blob, which the STRICT text column refuses: the migration fails and rolls back, where rounding or keeping it
     * would differ from PostgreSQL or leave a value that no longer reads.
     */
    private static Field<Object> atScale(Field<Object> v, int precision, int scale) {
        Field<Object> point = field("(case when instr({0}, '.') = 0 then length({0}) + 1 else instr({0}, '.') end)",
                Object.class, v);
        Field<Object> places = field("max(length({0}) - {1}, 0)", Object.class, v, point);
        Field<Object> digits = field("length(ltrim(substr({0}, 1, {1} - 1), '-0'))", Object.class, v, point);
        String zeros = "0".repeat(scale);
        return field("case when {1} > {3} or {2} > {4} then cast({0} as blob) "
                        + "when {1} = 0 and {3} > 0 then {0} || '.' || {5} "
                        + "else {0} || substr({5}, 1, {3} - {1}) end",
                Object.class, v, places, digits, inline(scale), inline(precision - scale), inline(zeros));
    }
}
