package dev.ashlar.migration.spi;

import dev.ashlar.values.AttributeType;
import dev.ashlar.values.TypeKind;

/** Type changes that keep every value as it was: the ones a migration header need not call destructive. */
public final class TypeWidening {
    /** Digits a 64-bit integer can need. */
    private static final int INTEGER_DIGITS = 19;

    private TypeWidening() {
    }

    public static boolean isWidening(AttributeType from, AttributeType to) {
        TypeKind a = from.kind();
        TypeKind b = to.kind();
        if (b == TypeKind.BINARY) {
            return a == TypeKind.STRING || a == TypeKind.CI_STRING || a == TypeKind.TEXT; // their UTF-8 bytes
        }
        if (b == TypeKind.TEXT) {
            return a != TypeKind.BINARY && a != TypeKind.JSON; // every other value has a text form
        }
        if ((a == TypeKind.STRING || a == TypeKind.CI_STRING) && (b == TypeKind.STRING || b == TypeKind.CI_STRING)) {
            return to.maxLength() == 0 || (from.maxLength() != 0 && to.maxLength() >= from.maxLength());
        }
        if ((a == TypeKind.DECIMAL || a == TypeKind.INTEGER) && b == TypeKind.DECIMAL && !to.hasPrecision()) {
            return true; // an unconstrained decimal holds every integer and decimal exactly
        }
        if (a == TypeKind.DECIMAL && !from.hasPrecision()) {
            return false; // to a constrained decimal: values with more digits are rounded or refused
        }
        if (a == TypeKind.DECIMAL && b == TypeKind.DECIMAL) {
            return to.scale() >= from.scale() && to.precision() - to.scale() >= from.precision() - from.scale();
        }
        if (a == TypeKind.INTEGER && b == TypeKind.DECIMAL) {
            return to.precision() - to.scale() >= INTEGER_DIGITS;
        }
        if (a == TypeKind.ENUM && b == TypeKind.ENUM) {
            return to.values().containsAll(from.values());
        }
        return false;
    }
}
