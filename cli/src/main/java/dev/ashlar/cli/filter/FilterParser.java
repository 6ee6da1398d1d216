package dev.ashlar.cli.filter;

import dev.ashlar.query.Filter;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the filter language into a {@link Filter}. Grammar (keywords in any case):
 * <pre>
 * filter     := or
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | "(" or ")" | comparison
 * comparison := NAME ( ("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") value
 *                    | "not"? "in" "[" value ("," value)* "]"
 *                    | "is" "not"? "nil"
 *                    | "contains" STRING )
 * value      := STRING | NUMBER | "true" | "false" | "nil"
 * </pre>
 * {@code == nil} and {@code != nil} mean {@code is nil} and {@code is not nil}. Values are given as written
 * (text, whole numbers as {@code Long}, others as {@code BigDecimal}); the read casts them to each attribute's type.
 */
public final class FilterParser {
    private final List<Token> tokens;
    private int index;

    private FilterParser(String text) {
        this.tokens = Tokenizer.tokens(text);
    }

    /** The filter the text describes, or a {@link FilterSyntaxException} naming the column of the first error. */
    public static Filter parse(String text) {
        FilterParser parser = new FilterParser(text);
        if (parser.peek().is(Token.Kind.END)) {
            throw new FilterSyntaxException("the filter is empty", 1);
        }
        Filter filter = parser.or();
        if (!parser.peek().is(Token.Kind.END)) {
            throw parser.error("expected and, or or the end of the filter");
        }
        return filter;
    }

    private Filter or() {
        List<Filter> parts = new ArrayList<>(List.of(and()));
        while (peek().isWord("or")) {
            index++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
    }

    private Filter and() {
        List<Filter> parts = new ArrayList<>(List.of(unary()));
        while (peek().isWord("and")) {
            index++;
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
    }

    private Filter unary() {
        if (peek().isWord("not")) {
            index++;
            return new Filter.Not(unary());
        }
        if (peek().is(Token.Kind.LEFT_PAREN)) {
            index++;
            Filter inner = or();
            expect(Token.Kind.RIGHT_PAREN, "expected ')'");
            return inner;
        }
        return comparison();
    }

    private Filter comparison() {
        Token name = peek();
        if (!name.is(Token.Kind.IDENTIFIER) || isKeyword(name)) {
            throw error("expected an attribute name");
        }
        if (name.text().contains(".")) {
            throw error("relationship paths such as " + name.text() + " are not supported: reads filter on the "
                    + "resource's own attributes");
        }
        index++;
        String attribute = name.text();
        Token op = peek();
        if (op.is(Token.Kind.OPERATOR)) {
            index++;
            return compare(attribute, op.text(), value());
        }
        if (op.isWord("is")) {
            index++;
            boolean negated = peek().isWord("not");
            index += negated ? 1 : 0;
            if (!peek().isWord("nil")) {
                throw error("expected nil after is");
            }
            index++;
            Filter isNil = new Filter.IsNil(attribute);
            return negated ? new Filter.Not(isNil) : isNil;
        }
        if (op.isWord("in") || op.isWord("not") && tokens.get(index + 1).isWord("in")) {
            boolean negated = op.isWord("not");
            index += negated ? 2 : 1;
            Filter in = new Filter.In(attribute, list());
            return negated ? new Filter.Not(in) : in;
        }
        if (op.isWord("contains")) {
            index++;
            Token text = peek();
            if (!text.is(Token.Kind.STRING)) {
                throw error("expected a quoted string after contains");
            }
            index++;
            return new Filter.Text(attribute, Filter.TextOp.CONTAINS, (String) text.value());
        }
        throw error("expected ==, !=, <, <=, >, >=, in, is or contains after " + attribute);
    }

    private static Filter compare(String attribute, String op, Object value) {
        if (value == null && (op.equals("==") || op.equals("!="))) {
            Filter isNil = new Filter.IsNil(attribute);
            return op.equals("==") ? isNil : new Filter.Not(isNil);
        }
        Filter.Op kind = switch (op) {
            case "==" -> Filter.Op.EQ;
            case "!=" -> Filter.Op.NE;
            case "<" -> Filter.Op.LT;
            case "<=" -> Filter.Op.LE;
            case ">" -> Filter.Op.GT;
            default -> Filter.Op.GE;
        };
        return new Filter.Compare(attribute, kind, value);
    }

    private List<Object> list() {
        expect(Token.Kind.LEFT_BRACKET, "expected '[' after in");
        List<Object> values = new ArrayList<>();
        if (!peek().is(Token.Kind.RIGHT_BRACKET)) {
            values.add(value());
            while (peek().is(Token.Kind.COMMA)) {
                index++;
                values.add(value());
            }
        }
        expect(Token.Kind.RIGHT_BRACKET, "expected ',' or ']'");
        return values;
    }

    private Object value() {
        Token t = peek();
        if (t.is(Token.Kind.STRING) || t.is(Token.Kind.NUMBER)) {
            index++;
            return t.value();
        }
        if (t.isWord("true") || t.isWord("false")) {
            index++;
            return Boolean.valueOf(t.text().toLowerCase(java.util.Locale.ROOT));
        }
        if (t.isWord("nil")) {
            index++;
            return null;
        }
        throw error("expected a value (a quoted string, a number, true, false or nil)"
                + (t.is(Token.Kind.IDENTIFIER) ? "; quote text values: \"" + t.text() + "\"" : ""));
    }

    private void expect(Token.Kind kind, String problem) {
        if (!peek().is(kind)) {
            throw error(problem);
        }
        index++;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private FilterSyntaxException error(String problem) {
        Token t = peek();
        return new FilterSyntaxException(problem + ", found " + t.describe(), t.offset() + 1);
    }

    private static boolean isKeyword(Token t) {
        for (String word : new String[] {"and", "or", "not", "in", "is", "nil", "contains", "true", "false"}) {
            if (t.isWord(word)) {
                return true;
            }
        }
        return false;
    }
}
