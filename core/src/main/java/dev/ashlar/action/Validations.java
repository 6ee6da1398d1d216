package dev.ashlar.action;

import dev.ashlar.query.Filter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Built-in validations. Each reads an attribute or argument by name and, except {@link #present}, skips nil values
 * (combine with {@code present} to require them).
 */
public final class Validations {
    private Validations() {
    }

    /** The fields are set and, for text, not blank. */
    public static Validation present(String... fields) {
        return cs -> {
            for (String field : fields) {
                Object v = cs.value(field);
                if (v == null || (v instanceof String s && s.isBlank())) {
                    cs.addError(field, "required", "is required");
                }
            }
        };
    }

    /** Text length between {@code min} and {@code max} characters (code points), inclusive. */
    public static Validation length(String field, int min, int max) {
        return cs -> {
            if (cs.value(field) instanceof String s) {
                int n = s.codePointCount(0, s.length());
                if (n < min) {
                    cs.addError(field, "too_short", "must be at least " + min + " characters");
                } else if (n > max) {
                    cs.addError(field, "too_long", "must be at most " + max + " characters");
                }
            }
        };
    }

    /** Text matching a regular expression (the whole value). */
    public static Validation match(String field, String regex, String message) {
        Pattern pattern = Pattern.compile(regex);
        return cs -> {
            if (cs.value(field) instanceof String s && !pattern.matcher(s).matches()) {
                cs.addError(field, "format", message);
            }
        };
    }

    /** A number between {@code min} and {@code max} inclusive; either bound may be null. */
    public static Validation range(String field, Number min, Number max) {
        return cs -> {
            if (cs.value(field) instanceof Number n) {
                java.math.BigDecimal value = new java.math.BigDecimal(n.toString());
                if (min != null && value.compareTo(new java.math.BigDecimal(min.toString())) < 0) {
                    cs.addError(field, "out_of_range", "must be at least " + min);
                }
                if (max != null && value.compareTo(new java.math.BigDecimal(max.toString())) > 0) {
                    cs.addError(field, "out_of_range", "must be at most " + max);
                }
            }
        };
    }

    /** One of the given values. */
    public static Validation oneOf(String field, Object... allowed) {
        List<Object> values = Arrays.asList(allowed);
        return cs -> {
            Object v = cs.value(field);
            if (v != null && !values.contains(v)) {
                cs.addError(field, "one_of", "must be one of " + values);
            }
        };
    }

    /** Compares a field with a constant, e.g. {@code compare("quantity", GT, 0)}. */
    public static Validation compare(String field, Filter.Op op, Object value) {
        return cs -> {
            Object v = cs.value(field);
            if (v != null && !holds(v, op, value)) {
                cs.addError(field, "compare", "must be " + words(op) + " " + value);
            }
        };
    }

    /** Compares two fields, e.g. {@code compareFields("ends_at", GT, "starts_at")}; skipped if either is nil. */
    public static Validation compareFields(String field, Filter.Op op, String other) {
        return cs -> {
            Object v = cs.value(field);
            Object w = cs.value(other);
            if (v != null && w != null && !holds(v, op, w)) {
                cs.addError(field, "compare", "must be " + words(op) + " " + other);
            }
        };
    }

    /** {@code confirmation} equals {@code field} (password / password_confirmation). */
    public static Validation confirm(String field, String confirmation) {
        return cs -> {
            Object v = cs.value(field);
            if (v != null && !Objects.equals(v, cs.value(confirmation))) {
                cs.addError(confirmation, "confirmation", "does not match " + field);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean holds(Object left, Filter.Op op, Object right) {
        int c;
        if (left instanceof Number a && right instanceof Number b) {
            c = new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString()));
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

    private static String words(Filter.Op op) {
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
