package dev.ashlar.schema;

import java.util.List;
import java.util.Objects;

/**
 * A check constraint: either "column is one of these values" (enums) or a SQL expression written by the user.
 *
 * @param column for {@code oneOf}: the column, else {@code null}
 * @param values for {@code oneOf}: the allowed values
 * @param sql    for a SQL check: the expression, else {@code null}
 */
public record CheckModel(String name, String column, List<String> values, String sql) {
    public CheckModel {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if ((column == null) == (sql == null)) {
            throw new IllegalArgumentException("a check is either one-of on a column or a SQL expression");
        }
    }

    public static CheckModel oneOf(String name, String column, List<String> values) {
        return new CheckModel(name, column, values, null);
    }

    public static CheckModel sql(String name, String sql) {
        return new CheckModel(name, null, List.of(), sql);
    }

    public boolean isOneOf() {
        return column != null;
    }
}
