package dev.ashlar.cli.filter;

/** One token of filter text, with the 0-based offset where it starts. */
record Token(Kind kind, String text, Object value, int offset) {

    enum Kind { IDENTIFIER, STRING, NUMBER, OPERATOR, LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, COMMA, END }

    boolean is(Kind expected) {
        return kind == expected;
    }

    /** A keyword such as {@code and}, {@code in}, {@code nil}: an identifier spelled so, in any case. */
    boolean isWord(String word) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "the end of the filter" : "'" + text + "'";
    }
}
