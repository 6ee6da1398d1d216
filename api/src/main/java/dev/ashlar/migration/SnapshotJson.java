package dev.ashlar.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ashlar.resource.AttributeType;
import dev.ashlar.resource.ForeignKeyAction;
import dev.ashlar.resource.TypeKind;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.ForeignKeyModel;
import dev.ashlar.schema.IndexKey;
import dev.ashlar.schema.IndexModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.values.ValueCaster;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    static String write(Snapshot snapshot) {
        Map<String, Object> root = new TreeMap<>();
        TableModel t = snapshot.model();
        root.put("format", FORMAT);
        root.put("table", t.name());
        root.put("version", snapshot.version());
        root.put("drop_declined", snapshot.dropDeclined());
        root.put("removed", snapshot.removed());
        root.put("columns", t.columns().stream().map(SnapshotJson::column).toList());
        root.put("primary_key", t.primaryKey());
        root.put("indexes", t.indexes().stream().map(SnapshotJson::index).toList());
        root.put("foreign_keys", t.foreignKeys().stream().map(SnapshotJson::foreignKey).toList());
        root.put("checks", t.checks().stream().map(SnapshotJson::check).toList());
        try {
            return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write snapshot of " + t.name(), e);
        }
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

    private static Map<String, Object> column(ColumnModel c) {
        Map<String, Object> out = new TreeMap<>();
        out.put("name", c.name());
        out.put("type", type(c.type()));
        out.put("nullable", c.nullable());
        out.put("default", c.defaultValue() == null ? null : defaultToJson(c.type(), c.defaultValue()));
        out.put("identity", c.identity());
        return out;
    }

    private static ColumnModel column(JsonNode c) {
        AttributeType type = type(c.path("type"));
        JsonNode def = c.path("default");
        Object defaultValue = def.isMissingNode() || def.isNull() ? null : defaultFromJson(type, def);
        return new ColumnModel(c.path("name").asText(), type, c.path("nullable").asBoolean(true), defaultValue,
                c.path("identity").asBoolean(false));
    }

    private static Map<String, Object> type(AttributeType t) {
        Map<String, Object> out = new TreeMap<>();
        out.put("kind", t.kind().name().toLowerCase());
        if (t.maxLength() > 0) {
            out.put("max_length", t.maxLength());
        }
        if (t.kind() == TypeKind.DECIMAL) {
            out.put("precision", t.precision());
            out.put("scale", t.scale());
        }
        if (t.kind() == TypeKind.ENUM) {
            out.put("values", t.values());
        }
        return out;
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

    private static Map<String, Object> index(IndexModel i) {
        Map<String, Object> out = new TreeMap<>();
        out.put("name", i.name());
        out.put("keys", i.keys().stream().map(k -> {
            Map<String, Object> key = new TreeMap<>();
            key.put("column", k.column());
            key.put("lower", k.lowerCase());
            return key;
        }).toList());
        out.put("unique", i.unique());
        out.put("nulls_distinct", i.nullsDistinct());
        out.put("where", i.where());
        return out;
    }

    private static IndexModel index(JsonNode i) {
        List<IndexKey> keys = new ArrayList<>();
        i.path("keys").forEach(k -> keys.add(new IndexKey(k.path("column").asText(), k.path("lower").asBoolean(false))));
        JsonNode where = i.path("where");
        return new IndexModel(i.path("name").asText(), keys, i.path("unique").asBoolean(false),
                i.path("nulls_distinct").asBoolean(true), where.isMissingNode() || where.isNull() ? null : where.asText());
    }

    private static Map<String, Object> foreignKey(ForeignKeyModel f) {
        Map<String, Object> out = new TreeMap<>();
        out.put("name", f.name());
        out.put("columns", f.columns());
        out.put("references_table", f.referencedTable());
        out.put("references_columns", f.referencedColumns());
        out.put("on_delete", f.onDelete().name().toLowerCase());
        out.put("on_update", f.onUpdate().name().toLowerCase());
        return out;
    }

    private static ForeignKeyModel foreignKey(JsonNode f) {
        return new ForeignKeyModel(f.path("name").asText(), strings(f.path("columns")),
                f.path("references_table").asText(), strings(f.path("references_columns")),
                ForeignKeyAction.valueOf(f.path("on_delete").asText("no_action").toUpperCase()),
                ForeignKeyAction.valueOf(f.path("on_update").asText("no_action").toUpperCase()));
    }

    private static Map<String, Object> check(CheckModel c) {
        Map<String, Object> out = new TreeMap<>();
        out.put("name", c.name());
        out.put("column", c.column());
        out.put("values", c.values());
        out.put("sql", c.sql());
        return out;
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
