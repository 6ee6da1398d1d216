package dev.ashlar.query;

import java.util.Objects;

/**
 * One sort key. Null order is always explicit and rendered as {@code NULLS FIRST/LAST}, so every dialect orders
 * the same way; by default ascending puts nils last and descending puts them first.
 */
public record Sort(String attribute, Direction direction, Nulls nulls) {

    public enum Direction { ASC, DESC }

    public enum Nulls { FIRST, LAST }

    public Sort {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(nulls, "nulls");
    }

    public static Sort asc(String attribute) {
        return new Sort(attribute, Direction.ASC, Nulls.LAST);
    }

    public static Sort desc(String attribute) {
        return new Sort(attribute, Direction.DESC, Nulls.FIRST);
    }

    public Sort nullsFirst() {
        return new Sort(attribute, direction, Nulls.FIRST);
    }

    public Sort nullsLast() {
        return new Sort(attribute, direction, Nulls.LAST);
    }
}
