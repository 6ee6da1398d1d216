package dev.ashlar.schema;

import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.DefaultValue;
import dev.ashlar.resource.Identity;
import dev.ashlar.resource.IndexDefinition;
import dev.ashlar.resource.Relationship;
import dev.ashlar.resource.Resource;
import dev.ashlar.values.TypeKind;
import dev.ashlar.internal.values.ValueCaster;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Derives the schema model of one repo from resource declarations. Tables come out parents first (a table's
 * foreign keys point only at tables listed before it, cycles aside), which is the order to create them in.
 */
public final class SchemaBuilder {
    private final Map<String, Resource> resourcesByName = new LinkedHashMap<>();

    public SchemaBuilder(Collection<Resource> resources) {
        resources.forEach(r -> resourcesByName.put(r.name(), r));
    }

    /**
     * The managed tables of {@code repo}, parents first. A table several resources declare is their
     * {@link SharedTable} merge.
     */
    public List<TableModel> tables(String repo) {
        Map<String, TableModel> byName = new LinkedHashMap<>();
        partsByTable(r -> r.managed() && r.repo().equals(repo))
                .forEach((key, parts) -> byName.put(parts.get(0).table().name(), SharedTable.of(parts).table()));
        return parentsFirst(byName);
    }

    /** What resources sharing a table declare differently, one sentence each, over every repo. */
    public List<String> sharedTableConflicts() {
        List<String> conflicts = new ArrayList<>();
        partsByTable(r -> true).values().forEach(parts -> conflicts.addAll(SharedTable.of(parts).conflicts()));
        return conflicts;
    }

    /** Each resource's declaration of its table, grouped by repo and table, in declaration order. */
    private Map<String, List<SharedTable.Part>> partsByTable(Predicate<Resource> which) {
        Map<String, List<SharedTable.Part>> parts = new LinkedHashMap<>();
        for (Resource r : resourcesByName.values()) {
            if (r.hasTable() && which.test(r)) {
                parts.computeIfAbsent(r.repo() + "." + r.table(), k -> new ArrayList<>())
                        .add(new SharedTable.Part(r.name(), table(r)));
            }
        }
        return parts;
    }

    /** The table model of one resource. */
    public TableModel table(Resource resource) {
        String t = resource.table();
        List<ColumnModel> columns = resource.attributes().stream().map(SchemaBuilder::column).toList();
        List<String> pk = resource.primaryKey().stream().map(Attribute::name).toList();
        List<IndexModel> indexes = new ArrayList<>();
        for (Identity identity : resource.identities()) {
            indexes.add(uniqueIndex(resource, identity));
        }
        for (IndexDefinition index : resource.indexes()) {
            indexes.add(new IndexModel(index.name(), index.columns().stream().map(IndexKey::of).toList(),
                    index.unique(), true, index.where()));
        }
        List<ForeignKeyModel> fks = new ArrayList<>();
        for (Relationship rel : resource.relationships()) {
            if (rel instanceof Relationship.BelongsTo b) {
                Resource destination = resourcesByName.get(b.destination());
                if (destination != null && destination.hasTable() && destination.repo().equals(resource.repo())) {
                    fks.add(new ForeignKeyModel(t + "_" + b.attribute() + "_fkey", List.of(b.attribute()),
                            destination.table(),
                            destination.primaryKey().stream().map(Attribute::name).toList(),
                            b.onDelete(), b.onUpdate()));
                }
            }
        }
        List<CheckModel> checks = new ArrayList<>();
        for (Attribute a : resource.attributes()) {
            if (a.type().kind() == TypeKind.ENUM) {
                checks.add(CheckModel.oneOf(t + "_" + a.name() + "_check", a.name(), a.type().values()));
            }
        }
        resource.checks().forEach(c -> checks.add(CheckModel.sql(c.name(), c.sql())));
        return new TableModel(t, columns, pk, indexes, fks, checks);
    }

    /** The unique index enforcing an identity; case-insensitive keys are indexed folded to lower case. */
    public static IndexModel uniqueIndex(Resource resource, Identity identity) {
        List<IndexKey> keys = identity.keys().stream()
                .map(k -> new IndexKey(k, resource.attribute(k)
                        .map(a -> a.type().kind() == TypeKind.CI_STRING).orElse(false)))
                .toList();
        return new IndexModel(indexName(resource.table(), identity.name()), keys, true, identity.nilsDistinct(), null);
    }

    public static String indexName(String table, String identity) {
        return table + "_" + identity + "_index";
    }

    private static ColumnModel column(Attribute a) {
        Object literal = a.defaultValue() instanceof DefaultValue.Literal l ? ValueCaster.cast(a.type(), l.value()) : null;
        return new ColumnModel(a.name(), a.type(), a.allowsNil(), literal, a.generated());
    }

    private static List<TableModel> parentsFirst(Map<String, TableModel> tables) {
        Set<String> done = new LinkedHashSet<>();
        List<TableModel> ordered = new ArrayList<>();
        for (String name : tables.keySet()) {
            visit(name, tables, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(String name, Map<String, TableModel> tables, Set<String> done, Set<String> visiting,
                              List<TableModel> ordered) {
        TableModel table = tables.get(name);
        if (table == null || done.contains(name) || !visiting.add(name)) {
            return; // unknown, finished, or a cycle (created in declaration order)
        }
        for (ForeignKeyModel fk : table.foreignKeys()) {
            if (!fk.referencedTable().equals(name)) {
                visit(fk.referencedTable(), tables, done, visiting, ordered);
            }
        }
        done.add(name);
        ordered.add(table);
    }
}
