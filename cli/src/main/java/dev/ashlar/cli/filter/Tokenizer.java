package dev.ashlar.cli.filter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Splits filter text into tokens: names, quoted strings ('...' or "..." with backslash escapes), numbers, symbols. */
final class Tokenizer {
    private final String text;
    private int pos;

    private Tokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        Tokenizer t = new Tokenizer(text);
        List<Token> out = new ArrayList<>();
        Token token;
        do {
            token = t.next();
            out.add(token);
        } while (!token.is(Token.Kind.END));
        return out;
    }

    private Token next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= text.length()) {
            return new Token(Token.Kind.END, "", null, start);
        }
        char c = text.charAt(pos);
        switch (c) {
            case '(' -> { pos++; return new Token(Token.Kind.LEFT_PAREN, "(", null, start); }
            case ')' -> { pos++; return new Token(Token.Kind.RIGHT_PAREN, ")", null, start); }
            case '[' -> { pos++; return new Token(Token.Kind.LEFT_BRACKET, "[", null, start); }
            case ']' -> { pos++; return new Token(Token.Kind.RIGHT_BRACKET, "]", null, start); }
            case ',' -> { pos++; return new Token(Token.Kind.COMMA, ",", null, start); }
            case '"', '\'' -> { return string(c); }
            default -> { }
        }
        for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Token.Kind.OPERATOR, op, null, start);
            }
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '.')) {
                pos++;
            }
            String word = text.substring(start, pos);
            return new Token(Token.Kind.IDENTIFIER, word, null, start);
        }
        throw new FilterSyntaxException("unexpected character '" + c + "'"
                + (c == '=' ? " (comparisons are written ==)" : c == '&' || c == '|' ? " (write and / or)" : ""),
                start + 1);
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        if (pos >= text.length()) {
            throw new FilterSyntaxException("string not closed (missing " + quote + ")", start + 1);
        }
        pos++;
        return new Token(Token.Kind.STRING, text.substring(start, pos), value.toString(), start);
    }

    private Token number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String literal = text.substring(start, pos);
        try {
            BigDecimal number = new BigDecimal(literal);
            Object value = number.scale() <= 0 ? (Object) number.longValueExact() : number;
            return new Token(Token.Kind.NUMBER, literal, value, start);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new FilterSyntaxException("'" + literal + "' is not a number", start + 1);
        }
    }
}
