package dev.ashlar.schema;

import dev.ashlar.schema.TableModel;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The tables of one repo at one version, by name. Immutable. */
public record SchemaModel(Map<String, TableModel> tables) {
    public SchemaModel {
        tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    public static SchemaModel empty() {
        return new SchemaModel(Map.of());
    }

    public static SchemaModel of(Collection<TableModel> tables) {
        Map<String, TableModel> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        return new SchemaModel(byName);
    }

    public Optional<TableModel> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}
