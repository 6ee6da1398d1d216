package dev.ashlar.row;

import org.jspecify.annotations.Nullable;
import dev.ashlar.internal.row.RowValues;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One row of a resource: attribute values by name, in declaration order, plus loaded relationships. Immutable;
 * values are the canonical Java types of {@link dev.ashlar.values.TypeKind}. Sensitive values are redacted in
 * {@link #toString()}.
 */
public final class Row {
    private final String resource;
    private final Map<String, Object> values;
    private final Set<String> sensitive;
    private final Map<String, List<Row>> related;

    public Row(String resource, Map<String, Object> values, Set<String> sensitive, Map<String, List<Row>> related) {
        this.resource = Objects.requireNonNull(resource, "resource");
        // RowValues is immutable already: rows read from a data layer are kept without a copy.
        this.values = values instanceof RowValues array ? array
                : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.sensitive = Set.copyOf(sensitive);
        this.related = Map.copyOf(related);
    }

    public Row(String resource, Map<String, Object> values, Set<String> sensitive) {
        this(resource, values, sensitive, Map.of());
    }

    public String resource() {
        return resource;
    }

    /** All values by attribute name, in declaration order (nulls included). */
    public Map<String, Object> values() {
        return values;
    }

    public boolean has(String attribute) {
        return values.containsKey(attribute);
    }

    /** The raw value; throws when the attribute is not part of this row. */
    @SuppressWarnings("unchecked")
    public <T extends @Nullable Object> T get(String attribute) {
        if (values instanceof RowValues array) {
            int index = array.layout().indexOf(attribute);
            if (index >= 0) {
                return (T) array.valueAt(index);
            }
        } else if (values.containsKey(attribute)) {
            return (T) values.get(attribute);
        }
        throw new IllegalArgumentException(resource + " has no attribute " + attribute + "; it has "
                + values.keySet());
    }

    public @Nullable String getString(String attribute) { return get(attribute); }
    public @Nullable Long getLong(String attribute) { return get(attribute); }
    public @Nullable BigDecimal getDecimal(String attribute) { return get(attribute); }
    public @Nullable Boolean getBoolean(String attribute) { return get(attribute); }
    public @Nullable UUID getUuid(String attribute) { return get(attribute); }
    public @Nullable LocalDate getDate(String attribute) { return get(attribute); }
    public @Nullable LocalTime getTime(String attribute) { return get(attribute); }
    public @Nullable Instant getInstant(String attribute) { return get(attribute); }
    public Map<String, Object> getMap(String attribute) { return get(attribute); }

    public byte[] getBytes(String attribute) {
        byte[] bytes = get(attribute);
        return bytes == null ? null : bytes.clone();
    }

    /** Related rows loaded with {@link dev.ashlar.Query#load}; throws when the relationship was not loaded. */
    public List<Row> related(String relationship) {
        List<Row> rows = related.get(relationship);
        if (rows == null) {
            throw new IllegalStateException(resource + "." + relationship + " was not loaded; add .load(\""
                    + relationship + "\") to the query");
        }
        return rows;
    }

    /** A copy with related rows attached. */
    public Row withRelated(String relationship, List<Row> rows) {
        Map<String, List<Row>> all = new LinkedHashMap<>(related);
        all.put(relationship, List.copyOf(rows));
        return new Row(resource, values, sensitive, all);
    }

    /** Maps the row onto a record whose components are named like the attributes (camelCase or snake_case). */
    public <R extends Record> R as(Class<R> recordType) {
        return RecordMapper.of(recordType).map(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row && resource.equals(row.resource) && ValueEquality.equal(values, row.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resource, values.keySet());
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(resource).append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            out.append(first ? "" : ", ").append(e.getKey()).append('=');
            out.append(sensitive.contains(e.getKey()) && e.getValue() != null ? "**redacted**" : render(e.getValue()));
            first = false;
        }
        return out.append('}').toString();
    }

    private static String render(Object value) {
        return value instanceof byte[] bytes ? "<" + bytes.length + " bytes>" : String.valueOf(value);
    }
}
