package dev.ashlar.action;

import dev.ashlar.query.Filter;
import java.math.BigDecimal;

/** Value comparisons of the compare validations: numbers by value, other comparables of one class. */
final class Comparisons {
    private Comparisons() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean holds(Object left, Filter.Op op, Object right) {
        int c;
        if (left instanceof Number a && right instanceof Number b) {
            c = new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        } else if (left instanceof Comparable a && left.getClass().isInstance(right)) {
            c = a.compareTo(right);
        } else {
            throw new IllegalArgumentException("cannot compare " + left.getClass().getSimpleName() + " with "
                    + right.getClass().getSimpleName());
        }
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    static String words(Filter.Op op) {
        return switch (op) {
            case EQ -> "equal to";
            case NE -> "different from";
            case LT -> "less than";
            case LE -> "at most";
            case GT -> "greater than";
            case GE -> "at least";
        };
    }
}
