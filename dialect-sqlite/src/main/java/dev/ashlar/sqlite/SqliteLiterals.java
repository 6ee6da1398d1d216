package dev.ashlar.sqlite;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads a column default as SQLite keeps it ({@code pragma table_xinfo.dflt_value}: the expression text) into its
 * storage-level value: {@code 'text'} -> {@link String}, an integer -> {@link Long}, another number ->
 * {@link BigDecimal}, {@code X'00ff'} -> lower-case hex {@link String} (a {@code byte[]} would break record
 * equality), {@code TRUE}/{@code FALSE} -> 1/0. Anything else (NULL, {@code CURRENT_TIMESTAMP}, other expressions) is not a literal
 * and reads as {@code null}.
 */
final class SqliteLiterals {
    private SqliteLiterals() {
    }

    static Object parse(String sql) {
        if (sql == null) {
            return null;
        }
        String s = SqliteSqlText.unwrap(sql);
        List<SqliteSqlText.Token> tokens = SqliteSqlText.tokenize(s);
        if (tokens.size() == 1 && tokens.get(0).kind() == SqliteSqlText.Kind.STRING) {
            return tokens.get(0).value();
        }
        if (tokens.size() == 2 && tokens.get(1).kind() == SqliteSqlText.Kind.STRING
                && tokens.get(0).value().equalsIgnoreCase("X") && tokens.get(0).end() == tokens.get(1).start()) {
            return tokens.get(1).value().toLowerCase(Locale.ROOT);
        }
        switch (s.toUpperCase(Locale.ROOT)) {
            case "TRUE":
                return 1L;
            case "FALSE":
                return 0L;
            default:
                break;
        }
        return number(s);
    }

    /** The lower-case hex text a blob default reads back as. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static Object number(String s) {
        String digits = s.startsWith("+") ? s.substring(1) : s;
        try {
            if (digits.matches("-?0[xX][0-9a-fA-F]+")) {
                boolean negative = digits.startsWith("-");
                long value = Long.parseUnsignedLong(digits.substring(negative ? 3 : 2), 16);
                return negative ? -value : value;
            }
            if (digits.matches("-?[0-9]+")) {
                try {
                    return Long.parseLong(digits);
                } catch (NumberFormatException tooBig) {
                    return new BigDecimal(digits);
                }
            }
            if (digits.matches("-?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
                return new BigDecimal(digits);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
