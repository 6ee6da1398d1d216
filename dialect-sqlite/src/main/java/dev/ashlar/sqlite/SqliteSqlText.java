package dev.ashlar.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the few facts the pragmas do not give out of the {@code CREATE} text stored in {@code sqlite_schema}:
 * constraint names (checks, foreign keys), index key expressions and partial-index predicates. A tokenizer that knows
 * SQLite's quoting ({@code "x"}, {@code `x`}, {@code [x]}, {@code 'text'}) and comments, and nothing more: the
 * statement was accepted by SQLite, so it is well formed.
 */
final class SqliteSqlText {

    enum Kind { WORD, QUOTED, STRING, PUNCT }

    /** One token; {@code value} is unquoted for identifiers and strings; start/end index the source text. */
    record Token(Kind kind, String value, int start, int end) {
        boolean isWord(String word) {
            return kind == Kind.WORD && value.equalsIgnoreCase(word);
        }

        boolean is(char punct) {
            return kind == Kind.PUNCT && value.length() == 1 && value.charAt(0) == punct;
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
        }
    }

    /**
     * A check constraint of a {@code CREATE TABLE}: its name when given, and the identifiers its expression mentions
     * (to name an unnamed check after the one column it references, as PostgreSQL does).
     */
    record Check(String name, List<String> identifiers) {}

    /** A foreign key of a {@code CREATE TABLE}: its name when given, its columns and the referenced table. */
    record ForeignKey(String name, List<String> columns, String referencedTable) {}

    /** What a {@code CREATE TABLE} names. */
    record TableText(List<Check> checks, List<ForeignKey> foreignKeys) {}

    /** The key expressions (raw text, collation and order removed) and the predicate of a {@code CREATE INDEX}. */
    record IndexText(List<String> keys, String where) {}

    private SqliteSqlText() {
    }

    static TableText table(String sql) {
        List<Token> tokens = tokenize(sql);
        int open = indexOf(tokens, 0, '(');
        List<Check> checks = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        if (open < 0) {
            return new TableText(checks, fks); // CREATE TABLE ... AS SELECT: no constraints
        }
        for (List<Token> element : splitTopLevel(tokens, open)) {
            if (element.isEmpty()) {
                continue;
            }
            Token first = element.get(0);
            boolean tableConstraint = first.kind() == Kind.WORD && switch (first.value().toUpperCase(Locale.ROOT)) {
                case "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN" -> true;
                default -> false;
            };
            readConstraints(element, tableConstraint ? 0 : 1, tableConstraint ? null : first.value(), checks, fks);
        }
        return new TableText(checks, fks);
    }

    /** Walks the constraints of one element (a column definition from its second token, or a table constraint). */
    private static void readConstraints(List<Token> element, int from, String column, List<Check> checks,
                                        List<ForeignKey> fks) {
        String pendingName = null;
        int depth = 0;
        for (int i = from; i < element.size(); i++) {
            Token t = element.get(i);
            if (t.is('(')) {
                depth++;
                continue;
            }
            if (t.is(')')) {
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (t.isWord("CONSTRAINT") && i + 1 < element.size()) {
                pendingName = element.get(++i).value();
            } else if (t.isWord("CHECK")) {
                checks.add(new Check(pendingName, identifiers(element, i + 1)));
                pendingName = null;
            } else if (t.isWord("FOREIGN") && column == null) {
                int open = indexOf(element, i, '(');
                List<String> columns = names(element, open);
                int references = i;
                while (!element.get(references).isWord("REFERENCES")) {
                    references++;
                }
                fks.add(new ForeignKey(pendingName, columns, element.get(references + 1).value()));
                pendingName = null;
                i = references + 1;
            } else if (t.isWord("REFERENCES") && column != null) {
                fks.add(new ForeignKey(pendingName, List.of(column), element.get(i + 1).value()));
                pendingName = null;
                i++;
            } else if (t.isWord("PRIMARY") || t.isWord("UNIQUE") || t.isWord("NOT") || t.isWord("NULL")
                    || t.isWord("DEFAULT") || t.isWord("COLLATE") || t.isWord("GENERATED") || t.isWord("AS")) {
                pendingName = null; // a named constraint of another kind
            }
        }
    }

    static IndexText index(String sql) {
        List<Token> tokens = tokenize(sql);
        int on = 0;
        while (!tokens.get(on).isWord("ON")) {
            on++;
        }
        int open = indexOf(tokens, on, '(');
        List<String> keys = new ArrayList<>();
        int close = open;
        for (List<Token> key : splitTopLevel(tokens, open)) {
            int end = key.size();
            while (end > 0 && (key.get(end - 1).isWord("ASC") || key.get(end - 1).isWord("DESC"))) {
                end--;
            }
            if (end >= 2 && key.get(end - 2).isWord("COLLATE")) {
                end -= 2;
            }
            keys.add(sql.substring(key.get(0).start(), key.get(end - 1).end()));
            close = tokens.indexOf(key.get(key.size() - 1)) + 1;
        }
        String where = null;
        if (close + 1 < tokens.size() && tokens.get(close + 1).isWord("WHERE")) {
            int last = tokens.size() - 1;
            while (last > close + 1 && tokens.get(last).is(';')) {
                last--;
            }
            where = unwrap(sql.substring(tokens.get(close + 2).start(), tokens.get(last).end()));
        }
        return new IndexText(keys, where);
    }

    /**
     * The column of a {@code lower(column)} key, or {@code null} when {@code key} is another expression.
     */
    static String lowerKeyColumn(String key) {
        List<Token> t = tokenize(key);
        if (t.size() == 4 && t.get(0).isWord("lower") && t.get(1).is('(') && t.get(2).kind() != Kind.PUNCT
                && t.get(2).kind() != Kind.STRING && t.get(3).is(')')) {
            return t.get(2).value();
        }
        return null;
    }

    /** Removes whitespace and parentheses that wrap the whole expression: {@code ((a > 1))} -> {@code a > 1}. */
    static String unwrap(String expression) {
        String s = expression.strip();
        while (s.startsWith("(")) {
            List<Token> tokens = tokenize(s);
            int depth = 0;
            int closeAt = -1;
            for (Token t : tokens) {
                if (t.is('(')) {
                    depth++;
                } else if (t.is(')') && --depth == 0) {
                    closeAt = t.end();
                    break;
                }
            }
            if (closeAt != s.length()) {
                break;
            }
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** The elements between the parenthesis at {@code open} and its match, split at top-level commas. */
    private static List<List<Token>> splitTopLevel(List<Token> tokens, int open) {
        List<List<Token>> elements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (depth == 0 && t.is(')')) {
                break;
            }
            if (depth == 0 && t.is(',')) {
                elements.add(current);
                current = new ArrayList<>();
                continue;
            }
            if (t.is('(')) {
                depth++;
            } else if (t.is(')')) {
                depth--;
            }
            current.add(t);
        }
        elements.add(current);
        return elements;
    }

    /** The identifiers inside the parentheses that open at {@code open}. */
    private static List<String> identifiers(List<Token> tokens, int open) {
        List<String> identifiers = new ArrayList<>();
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is('(')) {
                depth++;
            } else if (t.is(')') && --depth == 0) {
                break;
            } else if (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED) {
                identifiers.add(t.value());
            }
        }
        return identifiers;
    }

    private static List<String> names(List<Token> tokens, int open) {
        List<String> names = new ArrayList<>();
        for (List<Token> element : splitTopLevel(tokens, open)) {
            names.add(element.get(0).value());
        }
        return names;
    }

    private static int indexOf(List<Token> tokens, int from, char punct) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is(punct)) {
                return i;
            }
        }
        return -1;
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '`' || c == '\'') {
                int end = closingQuote(sql, i, c);
                String value = sql.substring(i + 1, end - 1).replace(String.valueOf(c) + c, String.valueOf(c));
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, value, i, end));
                i = end;
            } else if (c == '[') {
                int end = sql.indexOf(']', i) + 1;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i + 1, end - 1), i, end));
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) > 127)) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i), start, i));
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** The index just after the quote closing the one at {@code start} (a doubled quote is an escaped one). */
    private static int closingQuote(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
