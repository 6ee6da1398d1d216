package dev.ashlar.migration;

import dev.ashlar.migration.spi.TypeWidening;
import dev.ashlar.values.AttributeType;
import dev.ashlar.values.TypeKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The type changes {@code codegen} accepts: those every dialect performs alike on stored rows, converting each
 * value. Any other change of a column's type is refused before anything is written, on every dialect.
 *
 * <ul>
 *   <li>between string, string(n), ci_string, text and enum, when no value can be cut: a bounded string only gets
 *       longer (a value outside a narrowed enum fails the migration, on every dialect, through the enum's check);</li>
 *   <li>uuid, integer, decimal and date to an unbounded string, ci_string or text (the value's text form);</li>
 *   <li>an unbounded string, ci_string or text to binary (the text's UTF-8 bytes);</li>
 *   <li>a decimal to one with more digits before the point and the same scale, and integer to decimal(p, 0)
 *       with p >= 19 (decimals are stored as text at their scale on some dialects, so a scale change would have to
 *       rewrite or round every value);</li>
 *   <li>decimal(p, s) and integer to the unconstrained decimal: every value is kept, rewritten to its shortest form
 *       ({@code 4.50} becomes {@code 4.5}) as the unconstrained decimal stores it. The opposite, unconstrained to
 *       decimal(p, s), is refused: a value with more decimal places would be rounded by one dialect and refused by
 *       another.</li>
 * </ul>
 *
 * The down migration of an accepted change converts back (from text to uuid, integer, decimal or date; from
 * binary to text as UTF-8; from the unconstrained decimal to decimal(p, s) at the scale), which holds for the values
 * the up migration converted.
 */
final class TypeConversions {
    private static final Set<TypeKind> TEXTUAL = EnumSet.of(TypeKind.STRING, TypeKind.CI_STRING, TypeKind.TEXT,
            TypeKind.ENUM);
    /** Whose text form is the same on every dialect. */
    private static final Set<TypeKind> WITH_TEXT_FORM = EnumSet.of(TypeKind.UUID, TypeKind.INTEGER, TypeKind.DECIMAL,
            TypeKind.DATE);

    private TypeConversions() {
    }

    /** Why changing a column from {@code from} to {@code to} is refused, or empty when it is accepted. */
    static Optional<String> refusal(AttributeType from, AttributeType to) {
        if (from.equals(to) || accepted(from, to)) {
            return Optional.empty();
        }
        return Optional.of("changing the type from " + from + " to " + to + " is not supported: " + reason(from, to)
                + ". Add a new attribute, copy the values in code, then remove the old one (see \"Supported type "
                + "changes\" in the README)");
    }

    private static boolean accepted(AttributeType from, AttributeType to) {
        TypeKind a = from.kind();
        TypeKind b = to.kind();
        if (TEXTUAL.contains(a) && TEXTUAL.contains(b)) {
            return !(b == TypeKind.STRING && to.maxLength() > 0
                    && (a != TypeKind.STRING || from.maxLength() == 0 || from.maxLength() > to.maxLength()));
        }
        if (WITH_TEXT_FORM.contains(a) && isUnboundedText(to)) {
            return true;
        }
        if (isUnboundedText(from) && b == TypeKind.BINARY) {
            return true;
        }
        if (b != TypeKind.DECIMAL || (a != TypeKind.DECIMAL && a != TypeKind.INTEGER)) {
            return false;
        }
        if (!to.hasPrecision()) {
            return true; // the unconstrained decimal holds every value exactly
        }
        boolean sameScale = a == TypeKind.DECIMAL ? from.hasPrecision() && to.scale() == from.scale() : to.scale() == 0;
        return sameScale && TypeWidening.isWidening(from, to);
    }

    private static boolean isUnboundedText(AttributeType type) {
        TypeKind kind = type.kind();
        return kind == TypeKind.TEXT || kind == TypeKind.CI_STRING || (kind == TypeKind.STRING && type.maxLength() == 0);
    }

    private static String reason(AttributeType from, AttributeType to) {
        TypeKind a = from.kind();
        TypeKind b = to.kind();
        if (b == TypeKind.STRING && to.maxLength() > 0 && (TEXTUAL.contains(a) || WITH_TEXT_FORM.contains(a))) {
            return "values longer than " + to.maxLength() + " characters would be cut or refused";
        }
        if (a == TypeKind.DECIMAL && !from.hasPrecision() && b == TypeKind.DECIMAL) {
            return "a value with more than " + to.scale() + " decimal places would be rounded on one dialect and "
                    + "refused on another";
        }
        if (a == TypeKind.DECIMAL || b == TypeKind.DECIMAL) {
            return "only widenings that keep the scale are supported (values could otherwise be rounded or overflow)";
        }
        if (a == TypeKind.BINARY) {
            return "bytes need not be valid UTF-8 text";
        }
        if (TEXTUAL.contains(a)) {
            return "text need not hold a valid " + to + ", and the dialects would check it differently";
        }
        return "the dialects have no common conversion that keeps every value";
    }
}
