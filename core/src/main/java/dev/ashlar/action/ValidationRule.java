package dev.ashlar.action;

import dev.ashlar.error.FieldError;
import dev.ashlar.query.Filter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The built-in validations of {@link Validations} as described values: the kind and its parameters, readable by
 * tools (generators fill fields so that these rules hold). Validating behaves exactly like the lambda each replaced.
 */
public sealed interface ValidationRule extends Validation {

    /** A rule about one field's own value; nil values are skipped. */
    sealed interface FieldRule extends ValidationRule {
        String field();

        /** The error this non-nil value gets, or empty when it passes. */
        Optional<FieldError> check(Object value);

        @Override
        default void validate(Changeset changeset) {
            Object value = changeset.value(field());
            if (value != null) {
                check(value).ifPresent(e -> changeset.addError(e.path(), e.code(), e.message()));
            }
        }
    }

    /** The fields are set and, for text, not blank. */
    record Present(List<String> fields) implements ValidationRule {
        public Present {
            fields = List.copyOf(fields);
        }

        @Override
        public void validate(Changeset changeset) {
            for (String field : fields) {
                Object v = changeset.value(field);
                if (v == null || (v instanceof String s && s.isBlank())) {
                    changeset.addError(field, "required", "is required");
                }
            }
        }
    }

    /** Text length between {@code min} and {@code max} code points, inclusive. */
    record Length(String field, int min, int max) implements FieldRule {
        @Override
        public Optional<FieldError> check(Object value) {
            if (value instanceof String s) {
                int n = s.codePointCount(0, s.length());
                if (n < min) {
                    return error(field, "too_short", "must be at least " + min + " characters");
                }
                if (n > max) {
                    return error(field, "too_long", "must be at most " + max + " characters");
                }
            }
            return Optional.empty();
        }
    }

    /** Text matching {@code regex} as a whole. */
    record Match(String field, String regex, String message) implements FieldRule {
        public Match {
            Pattern.compile(regex);   // fails at declaration time, as before
        }

        @Override
        public Optional<FieldError> check(Object value) {
            return value instanceof String s && !Patterns.compiled(regex).matcher(s).matches()
                    ? error(field, "format", message) : Optional.empty();
        }
    }

    /** A number between {@code min} and {@code max} inclusive; either bound may be null. */
    record Range(String field, Number min, Number max) implements FieldRule {
        @Override
        public Optional<FieldError> check(Object value) {
            if (value instanceof Number n) {
                BigDecimal v = new BigDecimal(n.toString());
                if (min != null && v.compareTo(new BigDecimal(min.toString())) < 0) {
                    return error(field, "out_of_range", "must be at least " + min);
                }
                if (max != null && v.compareTo(new BigDecimal(max.toString())) > 0) {
                    return error(field, "out_of_range", "must be at most " + max);
                }
            }
            return Optional.empty();
        }
    }

    /** One of the allowed values. */
    record OneOf(String field, List<Object> allowed) implements FieldRule {
        public OneOf {
            allowed = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(allowed));
        }

        @Override
        public Optional<FieldError> check(Object value) {
            return allowed.contains(value) ? Optional.empty() : error(field, "one_of", "must be one of " + allowed);
        }
    }

    /** The field compared with a constant holds, e.g. {@code quantity > 0}. */
    record Compare(String field, Filter.Op op, Object value) implements FieldRule {
        @Override
        public Optional<FieldError> check(Object actual) {
            return Comparisons.holds(actual, op, value) ? Optional.empty()
                    : error(field, "compare", "must be " + Comparisons.words(op) + " " + value);
        }
    }

    /** Two fields compared, e.g. {@code ends_at > starts_at}; skipped if either is nil. */
    record CompareFields(String field, Filter.Op op, String other) implements ValidationRule {
        @Override
        public void validate(Changeset changeset) {
            Object v = changeset.value(field);
            Object w = changeset.value(other);
            if (v != null && w != null && !Comparisons.holds(v, op, w)) {
                changeset.addError(field, "compare", "must be " + Comparisons.words(op) + " " + other);
            }
        }
    }

    /** {@code confirmation} equals {@code field} (password / password_confirmation). */
    record Confirm(String field, String confirmation) implements ValidationRule {
        @Override
        public void validate(Changeset changeset) {
            Object v = changeset.value(field);
            if (v != null && !Objects.equals(v, changeset.value(confirmation))) {
                changeset.addError(confirmation, "confirmation", "does not match " + field);
            }
        }
    }

    private static Optional<FieldError> error(String field, String code, String message) {
        return Optional.of(new FieldError(field, code, message));
    }
}
