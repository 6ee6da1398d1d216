package dev.ashlar.sql;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.ashlar.query.Filter;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.spi.Capability;
import dev.ashlar.spi.Limits;
import dev.ashlar.spi.RowStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectQuery;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** {@link RowStore} over JDBC: cached write statements, jOOQ-rendered reads, codec binding and decoding. */
final class JdbcRowStore implements RowStore {
    /** Rows per insert statement at most, before the bind-parameter limit is applied. */
    private static final int MAX_ROWS_PER_INSERT = 1000;

    private final SqlDialect dialect;
    private final DSLContext jooq;
    private final JdbcTransactions transactions;
    private final Codecs codecs;
    private final Statements statements;
    private final ConditionRenderer conditions;
    private final Limits limits;

    JdbcRowStore(SqlDialect dialect, DSLContext jooq, JdbcTransactions transactions, Codecs codecs, Limits limits,
                 Set<Capability> capabilities) {
        this.dialect = dialect;
        this.jooq = jooq;
        this.transactions = transactions;
        this.codecs = codecs;
        this.statements = new Statements(jooq);
        this.conditions = new ConditionRenderer(dialect, codecs, capabilities);
        this.limits = limits;
    }

    @Override
    public List<Map<String, Object>> insert(Resource resource, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> columns = List.copyOf(rows.get(0).keySet());
        for (Map<String, Object> row : rows) {
            if (!row.keySet().equals(rows.get(0).keySet())) {
                throw new IllegalArgumentException("all rows of one insert must set the same attributes");
            }
        }
        Attribute[] attributes = attributes(resource, columns);
        int perStatement = limits.rowsPerStatement(columns.size(), MAX_ROWS_PER_INSERT);
        ErrorTranslator.Context context = new ErrorTranslator.Context(resource, ErrorTranslator.Operation.INSERT,
                rows.size() == 1 ? rows.get(0) : Map.of());
        boolean returning = needsReturning(resource, columns);
        JdbcTransactions.ConnectionWork<List<Map<String, Object>>> work = connection -> {
            List<Map<String, Object>> stored = new ArrayList<>(rows.size());
            for (int from = 0; from < rows.size(); from += perStatement) {
                List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
                stored.addAll(insertChunk(connection, resource, columns, attributes, chunk, returning));
            }
            return stored;
        };
        return rows.size() <= perStatement ? transactions.writeOneStatement(context, work)
                : transactions.write(context, work);
    }

    /**
     * Whether the database can store anything other than what was sent: when every attribute is sent and none is
     * database-generated, the stored row is exactly the (canonical) input, so RETURNING would only echo it back.
     */
    private static boolean needsReturning(Resource resource, List<String> columns) {
        for (Attribute a : resource.attributes()) {
            if (a.generated() || !columns.contains(a.name())) {
                return true;
            }
        }
        return false;
    }

    /** The input rows as stored rows: every attribute, in declaration order. */
    private static List<Map<String, Object>> echo(Resource resource, List<Map<String, Object>> inputs) {
        List<Map<String, Object>> out = new ArrayList<>(inputs.size());
        for (Map<String, Object> input : inputs) {
            Map<String, Object> row = new LinkedHashMap<>(resource.attributes().size() * 2);
            for (Attribute a : resource.attributes()) {
                row.put(a.name(), input.get(a.name()));
            }
            out.add(row);
        }
        return out;
    }

    private List<Map<String, Object>> insertChunk(Connection connection, Resource resource, List<String> columns,
                                                  Attribute[] attributes, List<Map<String, Object>> chunk,
                                                  boolean returning) throws SQLException {
        String sql = statements.insert(resource, columns, chunk.size(), returning);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int index = 1;
            ColumnCodec[] binders = new ColumnCodec[attributes.length];
            for (int c = 0; c < attributes.length; c++) {
                binders[c] = codecs.of(attributes[c].type());
            }
            for (Map<String, Object> row : chunk) {
                for (int c = 0; c < attributes.length; c++) {
                    binders[c].bind(ps, index++, row.get(columns.get(c)));
                }
            }
            if (!returning) {
                ps.executeUpdate();
                return echo(resource, chunk);
            }
            List<Map<String, Object>> stored = readAll(ps, resource);
            return inInputOrder(resource, chunk, stored);
        }
    }

    @Override
    public Optional<Map<String, Object>> find(Resource resource, Map<String, Object> primaryKey) {
        String sql = statements.selectByKey(resource);
        return transactions.read(ErrorTranslator.Context.of(resource, ErrorTranslator.Operation.SELECT), connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bindKey(ps, 1, resource, primaryKey);
                List<Map<String, Object>> rows = readAll(ps, resource);
                return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
            }
        });
    }

    /**
     * RETURNING gives no order guarantee: match rows to inputs by primary key, or, for database-generated keys,
     * by ascending key (identities and rowids grow in insertion order).
     */
    private static List<Map<String, Object>> inInputOrder(Resource resource, List<Map<String, Object>> inputs,
                                                          List<Map<String, Object>> stored) {
        List<Attribute> pk = resource.primaryKey();
        boolean keysGiven = pk.stream().allMatch(a -> inputs.get(0).get(a.name()) != null);
        if (!keysGiven) {
            String key = pk.get(0).name();
            List<Map<String, Object>> sorted = new ArrayList<>(stored);
            sorted.sort(Comparator.comparing(m -> (Long) m.get(key)));
            return sorted;
        }
        Map<List<Object>, Map<String, Object>> byKey = new HashMap<>();
        for (Map<String, Object> row : stored) {
            byKey.put(pk.stream().map(a -> row.get(a.name())).toList(), row);
        }
        List<Map<String, Object>> ordered = new ArrayList<>(inputs.size());
        for (Map<String, Object> input : inputs) {
            Map<String, Object> row = byKey.get(pk.stream().map(a -> input.get(a.name())).toList());
            ordered.add(row != null ? row : Collections.emptyMap());
        }
        return ordered;
    }

    @Override
    public List<Map<String, Object>> select(Resource resource, Filter filter, List<Sort> sorts, Integer limit,
                                            int offset) {
        SelectQuery<?> query = jooq.selectQuery();
        for (Attribute a : resource.attributes()) {
            query.addSelect(DSL.field(name(a.name())));
        }
        query.addFrom(table(name(resource.table())));
        if (filter != null) {
            query.addConditions(conditions.render(resource, filter));
        }
        for (Sort s : sorts) {
            query.addOrderBy(sortField(resource, s));
        }
        if (limit != null) {
            query.addLimit(DSL.val(offset), DSL.val(limit));
        } else if (offset > 0) {
            query.addOffset(DSL.val(offset));
        }
        String sql = jooq.render(query);
        List<Object> binds = jooq.extractBindValues(query);
        return transactions.read(ErrorTranslator.Context.of(resource, ErrorTranslator.Operation.SELECT), connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                return readAll(ps, resource);
            }
        });
    }

    private SortField<?> sortField(Resource resource, Sort sort) {
        Attribute a = resource.attribute(sort.attribute()).orElseThrow();
        Field<?> key = dialect.operand(ConditionRenderer.column(a.name()), a.type(), true);
        SortField<?> field = sort.direction() == Sort.Direction.ASC ? key.asc() : key.desc();
        return sort.nulls() == Sort.Nulls.FIRST ? field.nullsFirst() : field.nullsLast();
    }

    @Override
    public Optional<Map<String, Object>> update(Resource resource, Map<String, Object> primaryKey,
                                                Map<String, Object> changes) {
        List<String> columns = List.copyOf(changes.keySet());
        Attribute[] attributes = attributes(resource, columns);
        String sql = statements.update(resource, columns);
        ErrorTranslator.Context context = new ErrorTranslator.Context(resource, ErrorTranslator.Operation.UPDATE, changes);
        return transactions.writeOneStatement(context, connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int index = 1;
                for (int c = 0; c < attributes.length; c++) {
                    codecs.of(attributes[c].type()).bind(ps, index++, changes.get(columns.get(c)));
                }
                bindKey(ps, index, resource, primaryKey);
                List<Map<String, Object>> rows = readAll(ps, resource);
                return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
            }
        });
    }

    @Override
    public Optional<Map<String, Object>> delete(Resource resource, Map<String, Object> primaryKey) {
        String sql = statements.delete(resource);
        return transactions.writeOneStatement(ErrorTranslator.Context.of(resource, ErrorTranslator.Operation.DELETE), connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bindKey(ps, 1, resource, primaryKey);
                List<Map<String, Object>> rows = readAll(ps, resource);
                return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
            }
        });
    }

    private void bindKey(PreparedStatement ps, int index, Resource resource, Map<String, Object> key)
            throws SQLException {
        for (Attribute a : resource.primaryKey()) {
            codecs.of(a.type()).bind(ps, index++, key.get(a.name()));
        }
    }

    /** Runs the statement and decodes every row by the declared types, columns in attribute order. */
    private List<Map<String, Object>> readAll(PreparedStatement ps, Resource resource) throws SQLException {
        List<Attribute> attributes = resource.attributes();
        ColumnCodec[] readers = new ColumnCodec[attributes.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = codecs.of(attributes.get(i).type());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>(readers.length * 2);
                for (int i = 0; i < readers.length; i++) {
                    row.put(attributes.get(i).name(), readers[i].read(rs, i + 1));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Attribute[] attributes(Resource resource, List<String> columns) {
        Attribute[] out = new Attribute[columns.size()];
        for (int i = 0; i < out.length; i++) {
            String column = columns.get(i);
            out[i] = resource.attribute(column).orElseThrow(() -> new IllegalArgumentException(
                    resource.name() + " has no attribute " + column));
        }
        return out;
    }
}
