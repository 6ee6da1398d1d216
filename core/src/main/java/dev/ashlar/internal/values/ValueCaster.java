package dev.ashlar.internal.values;

import dev.ashlar.values.InvalidValueException;

import dev.ashlar.values.AttributeType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Casts input values to the canonical Java type of an attribute type, or throws {@link InvalidValueException}.
 * {@code null} stays {@code null}. The rules are the normalisation every data layer relies on.
 */
public final class ValueCaster {
    /** Earliest and latest instants accepted: years 1 to 9999, so every dialect can store them. */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");
    /** PostgreSQL's numeric range: 131072 digits before the point, 16383 after. */
    private static final int MAX_UNCONSTRAINED_DIGITS = 131_072;
    private static final int MAX_UNCONSTRAINED_SCALE = 16_383;
    /** The seventh and later digits of a seconds fraction ({@code :ss.} then digits), as group 1. */
    private static final java.util.regex.Pattern EXCESS_FRACTION =
            java.util.regex.Pattern.compile(":\\d{2}\\.\\d{6}(\\d+)");


    private ValueCaster() {
    }

    public static Object cast(AttributeType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case UUID -> uuid(value);
            case STRING, CI_STRING -> maxLength(text(value), type.maxLength());
            case TEXT -> text(value);
            case INTEGER -> integer(value);
            case DECIMAL -> type.hasPrecision() ? decimal(value, type.precision(), type.scale())
                    : unconstrained(decimal(value));
            case BOOLEAN -> bool(value);
            case DATE -> date(value);
            case TIME -> time(value);
            case TIMESTAMP -> timestamp(value);
            case JSON -> json(value);
            case ENUM -> enumValue(value, type);
            case BINARY -> binary(value);
        };
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof String s) {
            try {
                return UUID.fromString(s.trim());
            } catch (IllegalArgumentException e) {
                throw invalid("invalid_uuid", "is not a UUID");
            }
        }
        throw wrongType(value, "a UUID");
    }

    private static String text(Object value) {
        if (value instanceof CharSequence cs) {
            String s = cs.toString();
            checkText(s);
            return s;
        }
        throw wrongType(value, "text");
    }

    /**
     * Text every dialect stores as given: no NUL (PostgreSQL refuses it) and no lone UTF-16 surrogate (it has no
     * UTF-8 form; drivers would store {@code ?} in its place).
     */
    private static void checkText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') {
                throw invalid("invalid_text", "must not contain the NUL character");
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (!paired) {
                    throw invalid("invalid_text", "contains a lone UTF-16 surrogate at index " + i
                            + ", which is not a Unicode character");
                }
                i++;
            }
        }
    }

    private static String maxLength(String s, int max) {
        if (max > 0 && s.codePointCount(0, s.length()) > max) {
            throw invalid("too_long", "must be at most " + max + " characters");
        }
        return s;
    }

    private static Long integer(Object value) {
        try {
            return switch (value) {
                case Long l -> l;
                case Integer i -> i.longValue();
                case Short s -> s.longValue();
                case Byte b -> b.longValue();
                case BigInteger b -> b.longValueExact();
                case BigDecimal d -> d.longValueExact();
                case String s -> Long.parseLong(s.trim());
                default -> throw wrongType(value, "an integer");
            };
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid("invalid_integer", "is not a 64-bit integer");
        }
    }

    private static BigDecimal decimal(Object value, int precision, int scale) {
        BigDecimal d = decimal(value);
        BigDecimal scaled;
        try {
            scaled = d.setScale(scale);
        } catch (ArithmeticException e) {
            throw invalid("too_many_decimals", "must have at most " + scale + " decimal places");
        }
        if (scaled.precision() - scaled.scale() > precision - scale && scaled.signum() != 0) {
            throw invalid("out_of_range", "must have at most " + (precision - scale) + " digits before the point");
        }
        return scaled;
    }

    /**
     * An unconstrained decimal is kept exactly in its shortest form: no trailing zeros after the point (4.50 is
     * 4.5) and no exponent (1E+3 is 1000), so equal numbers have one form and compare equal on every dialect
     * (SQLite compares the stored text), within PostgreSQL's numeric range.
     */
    private static BigDecimal unconstrained(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        BigDecimal plain = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        if (plain.scale() > MAX_UNCONSTRAINED_SCALE || plain.precision() - plain.scale() > MAX_UNCONSTRAINED_DIGITS) {
            throw invalid("out_of_range", "must have at most " + MAX_UNCONSTRAINED_DIGITS
                    + " digits before the point and " + MAX_UNCONSTRAINED_SCALE + " after it");
        }
        return plain;
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal d;
        try {
            d = switch (value) {
                case BigDecimal b -> b;
                case Long l -> BigDecimal.valueOf(l);
                case Integer i -> BigDecimal.valueOf(i);
                case BigInteger b -> new BigDecimal(b);
                case Double x -> BigDecimal.valueOf(x);
                case String s -> new BigDecimal(s.trim());
                default -> throw wrongType(value, "a decimal");
            };
        } catch (NumberFormatException e) {
            throw invalid("invalid_decimal", "is not a decimal number");
        }
        return d;
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return switch (s.trim().toLowerCase()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid("invalid_boolean", "must be true or false");
            };
        }
        throw wrongType(value, "a boolean");
    }

    private static LocalDate date(Object value) {
        try {
            LocalDate d = switch (value) {
                case LocalDate ld -> ld;
                case String s -> LocalDate.parse(s.trim());
                default -> throw wrongType(value, "a date");
            };
            if (d.getYear() < 1 || d.getYear() > 9999) {
                throw invalid("out_of_range", "must be between years 1 and 9999");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw invalid("invalid_date", "is not an ISO-8601 date");
        }
    }

    private static LocalTime time(Object value) {
        try {
            LocalTime t = switch (value) {
                case LocalTime lt -> lt;
                case String s -> LocalTime.parse(toMicros(s.trim()));
                default -> throw wrongType(value, "a time");
            };
            return t.truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw invalid("invalid_time", "is not an ISO-8601 time");
        }
    }

    /**
     * Text with more than six fractional-second digits cut to six: the same truncation to microseconds that Java
     * values get (so {@code Instant.now()} and its {@code toString()} store the same value), whatever the number of
     * digits.
     */
    static String toMicros(String text) {
        java.util.regex.Matcher m = EXCESS_FRACTION.matcher(text);
        return m.find() ? text.substring(0, m.start(1)) + text.substring(m.end(1)) : text;
    }

    private static Instant timestamp(Object value) {
        Instant instant;
        try {
            instant = switch (value) {
                case Instant i -> i;
                case OffsetDateTime o -> o.toInstant();
                case ZonedDateTime z -> z.toInstant();
                case String s -> OffsetDateTime.parse(toMicros(s.trim())).toInstant();
                default -> throw wrongType(value, "a timestamp");
            };
        } catch (DateTimeParseException e) {
            throw invalid("invalid_timestamp", "is not an ISO-8601 timestamp with offset");
        }
        Instant truncated = instant.truncatedTo(ChronoUnit.MICROS);
        if (truncated.isBefore(MIN_INSTANT) || truncated.isAfter(MAX_INSTANT)) {
            throw invalid("out_of_range", "must be between years 1 and 9999");
        }
        return truncated;
    }

    private static Map<String, Object> json(Object value) {
        if (!(value instanceof Map<?, ?>) && !(value instanceof String)) {
            throw wrongType(value, "a JSON object (Map)");
        }
        if (value instanceof Map<?, ?> map) {
            checkJson(map); // before writing: the writer would turn NaN into the string "NaN"
        }
        Map<String, Object> read;
        try {
            String text = value instanceof String s ? s : JsonCodec.write(castMap((Map<?, ?>) value));
            read = JsonCodec.read(text);
        } catch (IllegalArgumentException e) {
            throw invalid("invalid_json", "is not a JSON object: " + e.getMessage());
        }
        checkJson(read);
        return read;
    }

    /** Every key and string in the tree is valid text and every number is finite (JSON has no NaN or Infinity). */
    private static void checkJson(Object node) {
        switch (node) {
            case Map<?, ?> map -> map.forEach((k, v) -> {
                if (k instanceof String key) {
                    checkText(key);
                }
                checkJson(v);
            });
            case Iterable<?> list -> list.forEach(ValueCaster::checkJson);
            case Object[] array -> java.util.Arrays.stream(array).forEach(ValueCaster::checkJson);
            case CharSequence text -> checkText(text.toString());
            case Double d when d.isNaN() || d.isInfinite() -> throw nonFinite(d);
            case Float f when f.isNaN() || f.isInfinite() -> throw nonFinite(f);
            case null, default -> {
            }
        }
    }

    private static InvalidValueException nonFinite(Number n) {
        return invalid("invalid_json", "holds " + n + ", which JSON cannot represent; store it as a string"
                + " or leave the field out");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw invalid("invalid_json", "JSON object keys must be strings");
            }
        }
        return (Map<String, Object>) map;
    }

    private static String enumValue(Object value, AttributeType type) {
        String s = value instanceof Enum<?> e ? e.name() : text(value);
        if (!type.values().contains(s)) {
            throw invalid("one_of", "must be one of " + type.values());
        }
        return s;
    }

    private static byte[] binary(Object value) {
        if (value instanceof byte[] b) {
            return b.clone();
        }
        throw wrongType(value, "binary (byte[])");
    }

    private static InvalidValueException wrongType(Object value, String expected) {
        return invalid("invalid_type", "must be " + expected + ", got " + value.getClass().getSimpleName());
    }

    private static InvalidValueException invalid(String code, String message) {
        return new InvalidValueException(code, message);
    }
}
