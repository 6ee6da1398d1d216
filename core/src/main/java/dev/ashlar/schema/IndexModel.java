package dev.ashlar.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index. Identities become unique indexes named {@code <table>_<identity>_index}.
 *
 * @param nullsDistinct for unique indexes: whether rows with null keys never collide (SQL default)
 * @param where         a partial-index predicate in SQL, or {@code null}
 */
public record IndexModel(String name, List<IndexKey> keys, boolean unique, boolean nullsDistinct, String where) {
    public IndexModel {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
    }

    public List<String> columns() {
        return keys.stream().map(IndexKey::column).toList();
    }
}
