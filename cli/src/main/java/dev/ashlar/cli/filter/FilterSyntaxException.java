package dev.ashlar.cli.filter;

/** The filter text is not in the language; {@link #column()} is the 1-based position of the offending token. */
public final class FilterSyntaxException extends RuntimeException {
    private final int column;

    FilterSyntaxException(String problem, int column) {
        super("malformed filter at column " + column + ": " + problem);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
