package dev.ashlar.migration.internal;

import dev.ashlar.migration.spi.MigrationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ashlar.values.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.values.TypeKind;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.internal.values.ValueCaster;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Snapshot files: one table model as JSON with sorted keys and a trailing newline, so the same declaration always
 * gives the same bytes. Reading is tolerant: a missing key takes its default, so older files keep loading.
 */
final class SnapshotJson {
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private SnapshotJson() {
    }

    /**
     * Streams the snapshot straight to JSON. Keys are written in sorted order at every level, the order the mapper's
     * {@code ORDER_MAP_ENTRIES_BY_KEYS} gives maps, and the generator is the mapper's, with its pretty printer.
     */
    static String write(Snapshot snapshot) {
        TableModel t = snapshot.model();
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("checks");
            array(g, t.checks(), SnapshotJson::check);
            g.writeFieldName("columns");
            array(g, t.columns(), SnapshotJson::column);
            g.writeBooleanField("drop_declined", snapshot.dropDeclined());
            g.writeFieldName("foreign_keys");
            array(g, t.foreignKeys(), SnapshotJson::foreignKey);
            g.writeNumberField("format", FORMAT);
            g.writeFieldName("indexes");
            array(g, t.indexes(), SnapshotJson::index);
            strings(g, "primary_key", t.primaryKey());
            g.writeBooleanField("removed", snapshot.removed());
            g.writeStringField("table", t.name());
            g.writeStringField("version", snapshot.version());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write snapshot of " + t.name(), e);
        }
        return out.toString().replace("\r\n", "\n") + "\n";
    }

    /** Writes one element of an array. */
    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(JsonGenerator g, T element) throws IOException;
    }

    private static <T> void array(JsonGenerator g, List<T> elements, ElementWriter<T> writer) throws IOException {
        g.writeStartArray();
        for (T element : elements) {
            writer.write(g, element);
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeFieldName(field);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    static Snapshot read(String json, String source) {
        try {
            JsonNode root = MAPPER.readTree(json);
            String table = root.path("table").asText();
            List<ColumnModel> columns = new ArrayList<>();
            root.path("columns").forEach(c -> columns.add(column(c)));
            List<String> pk = strings(root.path("primary_key"));
            List<IndexModel> indexes = new ArrayList<>();
            root.path("indexes").forEach(i -> indexes.add(index(i)));
            List<ForeignKeyModel> fks = new ArrayList<>();
            root.path("foreign_keys").forEach(f -> fks.add(foreignKey(f)));
            List<CheckModel> checks = new ArrayList<>();
            root.path("checks").forEach(c -> checks.add(check(c)));
            return new Snapshot(new TableModel(table, columns, pk, indexes, fks, checks),
                    root.path("version").asText(), root.path("drop_declined").asBoolean(false),
                    root.path("removed").asBoolean(false));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MigrationException("snapshot " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void column(JsonGenerator g, ColumnModel c) throws IOException {
        g.writeStartObject();
        g.writeFieldName("default");
        Object value = c.defaultValue() == null ? null : defaultToJson(c.type(), c.defaultValue());
        if (value == null || value instanceof String) {
            g.writeString((String) value);
        } else {
            MAPPER.writeValue(g, value); // numbers, booleans and JSON documents as the mapper writes them
        }
        g.writeBooleanField("identity", c.identity());
        g.writeStringField("name", c.name());
        g.writeBooleanField("nullable", c.nullable());
        g.writeFieldName("type");
        type(g, c.type());
        g.writeEndObject();
    }

    private static ColumnModel column(JsonNode c) {
        AttributeType type = type(c.path("type"));
        JsonNode def = c.path("default");
        Object defaultValue = def.isMissingNode() || def.isNull() ? null : defaultFromJson(type, def);
        return new ColumnModel(c.path("name").asText(), type, c.path("nullable").asBoolean(true), defaultValue,
                c.path("identity").asBoolean(false));
    }

    private static void type(JsonGenerator g, AttributeType t) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", t.kind().name().toLowerCase());
        if (t.maxLength() > 0) {
            g.writeNumberField("max_length", t.maxLength());
        }
        if (t.hasPrecision()) { // an unconstrained decimal has neither: read back as precision 0, scale 0
            g.writeNumberField("precision", t.precision());
            g.writeNumberField("scale", t.scale());
        }
        if (t.kind() == TypeKind.ENUM) {
            strings(g, "values", t.values());
        }
        g.writeEndObject();
    }

    private static AttributeType type(JsonNode t) {
        return new AttributeType(TypeKind.valueOf(t.path("kind").asText().toUpperCase()), t.path("max_length").asInt(0),
                t.path("precision").asInt(0), t.path("scale").asInt(0), strings(t.path("values")));
    }

    private static Object defaultToJson(AttributeType type, Object value) {
        return switch (type.kind()) {
            case INTEGER, BOOLEAN, JSON -> value;
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case BINARY -> Base64.getEncoder().encodeToString((byte[]) value);
            default -> value.toString();
        };
    }

    private static Object defaultFromJson(AttributeType type, JsonNode node) {
        return switch (type.kind()) {
            case BINARY -> Base64.getDecoder().decode(node.asText());
            case JSON -> ValueCaster.cast(type, MAPPER.convertValue(node, Map.class));
            case INTEGER -> node.asLong();
            case BOOLEAN -> node.asBoolean();
            default -> ValueCaster.cast(type, node.asText());
        };
    }

    private static void index(JsonGenerator g, IndexModel i) throws IOException {
        g.writeStartObject();
        g.writeFieldName("keys");
        array(g, i.keys(), (kg, k) -> {
            kg.writeStartObject();
            kg.writeStringField("column", k.column());
            kg.writeBooleanField("lower", k.lowerCase());
            kg.writeEndObject();
        });
        g.writeStringField("name", i.name());
        g.writeBooleanField("nulls_distinct", i.nullsDistinct());
        g.writeBooleanField("unique", i.unique());
        g.writeStringField("where", i.where());
        g.writeEndObject();
    }

    private static IndexModel index(JsonNode i) {
        List<IndexKey> keys = new ArrayList<>();
        i.path("keys").forEach(k -> keys.add(new IndexKey(k.path("column").asText(), k.path("lower").asBoolean(false))));
        JsonNode where = i.path("where");
        return new IndexModel(i.path("name").asText(), keys, i.path("unique").asBoolean(false),
                i.path("nulls_distinct").asBoolean(true), where.isMissingNode() || where.isNull() ? null : where.asText());
    }

    private static void foreignKey(JsonGenerator g, ForeignKeyModel f) throws IOException {
        g.writeStartObject();
        strings(g, "columns", f.columns());
        g.writeStringField("name", f.name());
        g.writeStringField("on_delete", f.onDelete().name().toLowerCase());
        g.writeStringField("on_update", f.onUpdate().name().toLowerCase());
        strings(g, "references_columns", f.referencedColumns());
        g.writeStringField("references_table", f.referencedTable());
        g.writeEndObject();
    }

    private static ForeignKeyModel foreignKey(JsonNode f) {
        return new ForeignKeyModel(f.path("name").asText(), strings(f.path("columns")),
                f.path("references_table").asText(), strings(f.path("references_columns")),
                ForeignKeyAction.valueOf(f.path("on_delete").asText("no_action").toUpperCase()),
                ForeignKeyAction.valueOf(f.path("on_update").asText("no_action").toUpperCase()));
    }

    private static void check(JsonGenerator g, CheckModel c) throws IOException {
        g.writeStartObject();
        g.writeStringField("column", c.column());
        g.writeStringField("name", c.name());
        g.writeStringField("sql", c.sql());
        strings(g, "values", c.values());
        g.writeEndObject();
    }

    private static CheckModel check(JsonNode c) {
        JsonNode column = c.path("column");
        return column.isMissingNode() || column.isNull()
                ? CheckModel.sql(c.path("name").asText(), c.path("sql").asText())
                : CheckModel.oneOf(c.path("name").asText(), column.asText(), strings(c.path("values")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
