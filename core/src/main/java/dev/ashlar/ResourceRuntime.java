package dev.ashlar;

import java.util.function.Supplier;
import dev.ashlar.values.AttributeType;
import dev.ashlar.action.Changeset;
import dev.ashlar.action.ActionDefinition;
import dev.ashlar.action.ActionType;
import dev.ashlar.error.DeclarationException;
import dev.ashlar.error.InvalidInputException;
import dev.ashlar.error.FieldError;
import dev.ashlar.error.NotFoundException;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.row.Row;
import dev.ashlar.internal.row.RowLayout;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.values.InvalidValueException;
import dev.ashlar.internal.values.ValueCaster;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A resource bound to its data layer, with what every call needs computed once: row layouts, the primary key,
 * actions by name and the primary action of each type.
 */
final class ResourceRuntime {
    private final Resource resource;
    private final DataLayer dataLayer;
    private final Set<String> sensitive;
    private final List<Attribute> primaryKey;
    private final RowLayout layout;
    private final List<AttributeType> types;
    private final RowLayout insertLayout;
    private final List<String> generated;
    private final Map<String, ActionDefinition> actions;
    private final Map<ActionType, ActionDefinition> primaryActions;

    private ResourceRuntime(Resource resource, DataLayer dataLayer) {
        this.resource = resource;
        this.dataLayer = dataLayer;
        this.sensitive = resource.attributes().stream().filter(Attribute::sensitive).map(Attribute::name)
                .collect(Collectors.toUnmodifiableSet());
        this.primaryKey = resource.primaryKey();
        this.layout = RowLayout.of(resource.attributes().stream().map(Attribute::name).toList());
        this.types = resource.attributes().stream().map(Attribute::type).toList();
        List<String> insertable = resource.attributes().stream().filter(a -> !a.generated()).map(Attribute::name)
                .toList();
        // The same instance when nothing is generated, so a data layer can recognise a complete row at once.
        this.insertLayout = insertable.size() == layout.size() ? layout : RowLayout.of(insertable);
        this.generated = resource.attributes().stream().filter(Attribute::generated).map(Attribute::name).toList();
        Map<String, ActionDefinition> byName = new HashMap<>();
        resource.actions().forEach(a -> byName.put(a.name(), a));
        this.actions = Map.copyOf(byName);
        Map<ActionType, ActionDefinition> primary = new EnumMap<>(ActionType.class);
        for (ActionType type : ActionType.values()) {
            resource.primaryAction(type).ifPresent(a -> primary.put(type, a));
        }
        this.primaryActions = primary;
    }

    static ResourceRuntime of(Resource resource, DataLayer dataLayer) {
        return new ResourceRuntime(resource, dataLayer);
    }

    Resource resource() {
        return resource;
    }

    DataLayer dataLayer() {
        return dataLayer;
    }

    List<Attribute> primaryKey() {
        return primaryKey;
    }

    /** Every attribute, in declaration order. */
    RowLayout layout() {
        return layout;
    }

    /** A fresh changeset of an action of this resource (see {@link Changeset#start}). */
    Changeset changeset(ActionDefinition action, Object actor, Row original, Supplier<Row> originalLoader,
                        AshlarView ashlar) {
        return Changeset.start(resource.name(), layout, types, action, actor, original, originalLoader, ashlar);
    }

    /** The attributes an insert sends when no database-generated value is given: the non-generated ones. */
    RowLayout insertLayout() {
        return insertLayout;
    }

    /** The database-generated attributes (an insert may still give them a value). */
    List<String> generated() {
        return generated;
    }

    /** The sensitive attributes: their values are never printed. */
    Set<String> sensitive() {
        return sensitive;
    }

    /** The error for a key that matched no row; sensitive key values stay out of its message. */
    NotFoundException notFound(Map<String, Object> key) {
        return new NotFoundException(resource.name(), key, sensitive);
    }

    Row row(Map<String, Object> values) {
        return new Row(resource.name(), values, sensitive);
    }

    /** The action called {@code name}, which must be of {@code type}. */
    ActionDefinition action(String name, ActionType type) {
        ActionDefinition def = actions.get(name);
        if (def == null) {
            throw new DeclarationException(resource.name() + " has no action " + name + "; it has "
                    + resource.actions().stream().map(ActionDefinition::name).toList());
        }
        ActionRunner.checkType(this, def, type);
        return def;
    }

    /** The primary action of a type (see {@link Resource#primaryAction}). */
    ActionDefinition primaryAction(ActionType type) {
        ActionDefinition def = primaryActions.get(type);
        if (def == null) {
            throw new DeclarationException(resource.name() + " has no " + type.defaultName() + " action; declare one"
                    + " with actions(x -> x.defaults(" + type + "))");
        }
        return def;
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
        if (primaryKey.size() == 1 && !(given instanceof Map<?, ?>)) {
            return singleKey(primaryKey.get(0), given, action);
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        if (given instanceof Map<?, ?> map) {
            map.forEach((k, v) -> raw.put(String.valueOf(k), v));
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

    /** The bare value of a single-attribute key, cast (the common case of get, update and destroy). */
    private Map<String, Object> singleKey(Attribute key, Object given, String action) {
        if (given == null) {
            throw invalid(action, key.name(), "required", "is required to find the row");
        }
        try {
            return Map.of(key.name(), ValueCaster.cast(key.type(), given));
        } catch (InvalidValueException e) {
            throw invalid(action, key.name(), e.code(), e.getMessage());
        }
    }

    InvalidInputException invalid(String action, String path, String code, String message) {
        return new InvalidInputException(resource.name(), action, List.of(new FieldError(path, code, message)));
    }
}
