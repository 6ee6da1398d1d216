package dev.ashlar;

import dev.ashlar.error.InvalidInputException;
import dev.ashlar.error.FieldError;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.values.ValueCaster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A resource bound to its data layer, with what every call needs computed once. */
record ResourceRuntime(Resource resource, DataLayer dataLayer, Set<String> sensitive, List<Attribute> primaryKey) {

    static ResourceRuntime of(Resource resource, DataLayer dataLayer) {
        Set<String> sensitive = resource.attributes().stream().filter(Attribute::sensitive).map(Attribute::name)
                .collect(Collectors.toUnmodifiableSet());
        return new ResourceRuntime(resource, dataLayer, sensitive, resource.primaryKey());
    }

    Row row(Map<String, Object> values) {
        return new Row(resource.name(), values, sensitive);
    }

    /** The primary key of a row. */
    Map<String, Object> keyOf(Row row) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (Attribute a : primaryKey) {
            key.put(a.name(), row.get(a.name()));
        }
        return key;
    }

    /**
     * A primary key from what the caller gave: a {@link Row}, a map of key attributes, or the bare value of a
     * single-attribute key. Values are cast to the key types.
     */
    Map<String, Object> key(Object given, String action) {
        if (given instanceof Row row) {
            return keyOf(row);
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        if (given instanceof Map<?, ?> map) {
            map.forEach((k, v) -> raw.put(String.valueOf(k), v));
        } else if (primaryKey.size() == 1) {
            raw.put(primaryKey.get(0).name(), given);
        } else {
            throw invalid(action, "primary_key", "invalid_key", "the primary key of " + resource.name()
                    + " has " + primaryKey.size() + " attributes; pass a Map of them");
        }
        Map<String, Object> key = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Attribute a : primaryKey) {
            Object value = raw.get(a.name());
            if (value == null) {
                errors.add(new FieldError(a.name(), "required", "is required to find the row"));
                continue;
            }
            try {
                key.put(a.name(), ValueCaster.cast(a.type(), value));
            } catch (InvalidValueException e) {
                errors.add(new FieldError(a.name(), e.code(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(resource.name(), action, errors);
        }
        return key;
    }

    InvalidInputException invalid(String action, String path, String code, String message) {
        return new InvalidInputException(resource.name(), action, List.of(new FieldError(path, code, message)));
    }
}
