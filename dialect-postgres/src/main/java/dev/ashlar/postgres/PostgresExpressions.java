package dev.ashlar.postgres;

import dev.ashlar.values.AttributeType;
import dev.ashlar.internal.values.JsonCodec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expressions PostgreSQL deparses ({@code pg_get_expr}, {@code pg_get_indexdef}): literal defaults such as
 * {@code '-5'::integer} or {@code '2026-01-02 03:04:05+00'::timestamp with time zone} into storage-level values, and
 * {@code lower(col)} index keys.
 */
final class PostgresExpressions {
    private static final Pattern TRAILING_CAST =
            Pattern.compile("::(?:\"[^\"]+\"|[a-zA-Z_][a-zA-Z0-9_ ]*?)(?:\\([0-9, ]+\\))?(?:\\[\\])?$");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)([+-]\\d{2})(?::(\\d{2}))?(?::(\\d{2}))?");

    private PostgresExpressions() {
    }

    /**
     * The storage-level value of a literal default of a column of storage type {@code type}: {@link UUID},
     * {@link String}, {@link Long}, {@link BigDecimal} at the column's scale, {@link Boolean}, {@link LocalDate},
     * {@link LocalTime}, {@link Instant}, a JSON {@code Map}, or lower-case hex {@link String} for bytea (a
     * {@code byte[]} would break record equality). {@code null} for no default or a default that is not a literal
     * ({@code now()}, {@code gen_random_uuid()}, {@code nextval(...)}, infinities).
     */
    static Object literal(String expression, AttributeType type) {
        if (expression == null) {
            return null;
        }
        String text = literalText(expression);
        if (text == null) {
            return null;
        }
        try {
            return switch (type.kind()) {
                case UUID -> UUID.fromString(text);
                case STRING, CI_STRING, TEXT, ENUM -> text;
                case INTEGER -> Long.parseLong(text);
                case DECIMAL -> type.hasPrecision() ? scaled(new BigDecimal(text), type.scale()) : new BigDecimal(text);
                case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "t", "yes", "y", "on", "1" -> Boolean.TRUE;
                    case "false", "f", "no", "n", "off", "0" -> Boolean.FALSE;
                    default -> null;
                };
                case DATE -> LocalDate.parse(text);
                case TIME -> LocalTime.parse(text);
                case TIMESTAMP -> instant(text);
                case JSON -> JsonCodec.read(text);
                case BINARY -> text.startsWith("\\x") ? text.substring(2).toLowerCase(Locale.ROOT) : null;
            };
        } catch (RuntimeException notALiteralOfTheType) {
            return null; // 'infinity', BC dates, escape-format bytea: nothing the model can hold
        }
    }

    /** The text of a literal, with its casts and wrapping parentheses removed; {@code null} when not a literal. */
    static String literalText(String expression) {
        String s = expression.strip();
        while (true) {
            String before = s;
            s = unwrap(s);
            Matcher cast = TRAILING_CAST.matcher(s);
            if (!s.endsWith("'") && cast.find()) {
                s = s.substring(0, cast.start()).strip();
            }
            if (s.equals(before)) {
                break;
            }
        }
        if (s.startsWith("'") && closingQuote(s, 0) == s.length()) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        if ((s.startsWith("E'") || s.startsWith("e'")) && closingQuote(s, 1) == s.length()) {
            return unescape(s.substring(2, s.length() - 1));
        }
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (s.matches("[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?")) {
            return s;
        }
        return null; // NULL, function calls, operators
    }

    /**
     * The column of a {@code lower(column)} index key as {@code pg_get_indexdef} prints it (also
     * {@code lower(column::text)} for a varchar column), or {@code null} for any other expression.
     */
    static String lowerKeyColumn(String key) {
        String s = key.strip();
        if (!s.toLowerCase(Locale.ROOT).startsWith("lower(") || !s.endsWith(")")) {
            return null;
        }
        String inner = s.substring("lower(".length(), s.length() - 1).strip();
        while (true) {
            String before = inner;
            inner = unwrap(inner);
            Matcher cast = TRAILING_CAST.matcher(inner);
            if (cast.find()) {
                inner = inner.substring(0, cast.start()).strip();
            }
            if (inner.equals(before)) {
                break;
            }
        }
        return identifier(inner);
    }

    /** An identifier as PostgreSQL prints it ({@code name} or {@code "Odd Name"}), unquoted; else {@code null}. */
    static String identifier(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") && closingQuote(s, 0) == s.length()) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return IDENTIFIER.matcher(s).matches() ? s : null;
    }

    /** Removes whitespace and parentheses wrapping the whole expression: {@code ((a > 1))} -> {@code a > 1}. */
    static String unwrap(String expression) {
        String s = expression.strip();
        while (s.startsWith("(") && matchingParen(s) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static int matchingParen(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = closingQuote(s, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index just after the quote closing the one at {@code start}; a doubled quote is an escaped one. */
    private static int closingQuote(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (quote == '\'' && s.charAt(i) == '\\' && start > 0 && s.charAt(start - 1) != ' '
                    && Character.toUpperCase(s.charAt(start - 1)) == 'E') {
                i += 2; // E'...' strings escape with backslashes
                continue;
            }
            i++;
        }
        return s.length() + 1;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> next;
                });
            } else if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static BigDecimal scaled(BigDecimal value, int scale) {
        try {
            return value.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return value; // cannot happen for a default PostgreSQL accepted; keep what is stored
        }
    }

    /** {@code 2026-01-02 03:04:05.000006+00}, in whatever time zone the session printed it. */
    private static Instant instant(String text) {
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        LocalDateTime local = LocalDateTime.of(LocalDate.parse(m.group(1)), LocalTime.parse(m.group(2)));
        int hours = Integer.parseInt(m.group(3));
        int minutes = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int seconds = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int sign = hours < 0 || m.group(3).startsWith("-") ? -1 : 1;
        ZoneOffset offset = ZoneOffset.ofHoursMinutesSeconds(hours, sign * minutes, sign * seconds);
        return local.toInstant(offset);
    }
}
