package dev.ashlar.values;

import java.util.List;
import java.util.Objects;

/**
 * A logical type with its modifiers. Only the modifiers that belong to the kind are set; the others are zero/empty.
 *
 * @param kind       the logical kind
 * @param maxLength  for {@link TypeKind#STRING} and {@link TypeKind#CI_STRING}: maximum length in code points, 0 for none
 * @param precision  for {@link TypeKind#DECIMAL}: total digits; 0 (with scale 0) for an unconstrained decimal
 * @param scale      for {@link TypeKind#DECIMAL}: digits after the point
 * @param values     for {@link TypeKind#ENUM}: the allowed values, in declaration order
 */
public record AttributeType(TypeKind kind, int maxLength, int precision, int scale, List<String> values) {

    public AttributeType {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
        boolean unconstrained = precision == 0 && scale == 0;
        if (kind == TypeKind.DECIMAL && !unconstrained && (precision < 1 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException("decimal needs 1 <= precision and 0 <= scale <= precision, got ("
                    + precision + ", " + scale + ")");
        }
        if (kind == TypeKind.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("an enum type needs at least one value");
        }
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0");
        }
    }

    private static AttributeType of(TypeKind kind) {
        return new AttributeType(kind, 0, 0, 0, List.of());
    }

    public static AttributeType uuid() { return of(TypeKind.UUID); }
    public static AttributeType string() { return of(TypeKind.STRING); }
    public static AttributeType string(int maxLength) { return new AttributeType(TypeKind.STRING, maxLength, 0, 0, List.of()); }
    public static AttributeType ciString() { return of(TypeKind.CI_STRING); }
    public static AttributeType text() { return of(TypeKind.TEXT); }
    public static AttributeType integer() { return of(TypeKind.INTEGER); }
    /**
     * An unconstrained decimal: any exact value, kept with the digits it was given ({@code numeric} without
     * precision on PostgreSQL, exact text on SQLite).
     */
    public static AttributeType decimal() { return of(TypeKind.DECIMAL); }
    public static AttributeType decimal(int precision, int scale) { return new AttributeType(TypeKind.DECIMAL, 0, precision, scale, List.of()); }
    public static AttributeType bool() { return of(TypeKind.BOOLEAN); }
    public static AttributeType date() { return of(TypeKind.DATE); }
    public static AttributeType time() { return of(TypeKind.TIME); }
    public static AttributeType timestamp() { return of(TypeKind.TIMESTAMP); }
    public static AttributeType json() { return of(TypeKind.JSON); }
    public static AttributeType binary() { return of(TypeKind.BINARY); }

    public static AttributeType enumOf(String... values) {
        return new AttributeType(TypeKind.ENUM, 0, 0, 0, List.of(values));
    }

    /** An enum type over the constant names of a Java enum. */
    public static AttributeType enumOf(Class<? extends Enum<?>> type) {
        return new AttributeType(TypeKind.ENUM, 0, 0, 0,
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** True for a decimal declared with precision and scale; false for an unconstrained one and other kinds. */
    public boolean hasPrecision() {
        return kind == TypeKind.DECIMAL && precision > 0;
    }

    /** True for the kinds held as Java strings. */
    public boolean isTextual() {
        return kind == TypeKind.STRING || kind == TypeKind.CI_STRING || kind == TypeKind.TEXT || kind == TypeKind.ENUM;
    }

    /** True when values of this type can be ordered and compared with {@code <}, {@code >}. */
    public boolean isOrderable() {
        return kind != TypeKind.JSON && kind != TypeKind.BINARY;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case DECIMAL -> hasPrecision() ? "decimal(" + precision + "," + scale + ")" : "decimal";
            case ENUM -> "enum" + values;
            case STRING, CI_STRING -> kind.name().toLowerCase() + (maxLength > 0 ? "(" + maxLength + ")" : "");
            default -> kind.name().toLowerCase();
        };
    }
}
