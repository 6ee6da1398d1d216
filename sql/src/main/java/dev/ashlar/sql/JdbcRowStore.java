package dev.ashlar.sql;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.ashlar.query.Filter;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Attribute;
import dev.ashlar.resource.Resource;
import dev.ashlar.internal.row.RowLayout;
import dev.ashlar.internal.row.RowValues;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final ConcurrentHashMap<String, TablePlan> plans = new ConcurrentHashMap<>();
    private final PreparedStatements prepared;

    JdbcRowStore(SqlDialect dialect, DSLContext jooq, JdbcTransactions transactions, Codecs codecs, Limits limits,
                 Set<Capability> capabilities) {
        this.dialect = dialect;
        this.jooq = jooq;
        this.transactions = transactions;
        this.codecs = codecs;
        this.statements = new Statements(jooq);
        this.conditions = new ConditionRenderer(dialect, codecs, capabilities);
        this.limits = limits;
        this.prepared = dialect.preparedStatementCacheSize() > 0
                ? PreparedStatements.cached(dialect.preparedStatementCacheSize()) : PreparedStatements.perCall();
    }

    /**
     * The plan of a resource, rebuilt when a different declaration of it comes along. Keyed by resource, not table:
     * resources sharing a table each have their own.
     */
    private TablePlan plan(Resource resource) {
        TablePlan plan = plans.get(resource.name());
        if (plan != null && (plan.resource == resource || plan.resource.equals(resource))) {
            return plan;
        }
        TablePlan fresh = new TablePlan(resource, codecs, statements);
        plans.put(resource.name(), fresh);
        return fresh;
    }

    @Override
    public List<Map<String, Object>> insert(Resource resource, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        TablePlan plan = plan(resource);
        TablePlan.InsertShape shape = plan.insertShape(columnsOf(rows));
        int perStatement = limits.rowsPerStatement(shape.columns().size(), MAX_ROWS_PER_INSERT);
        ErrorTranslator.Context context = new ErrorTranslator.Context(resource, ErrorTranslator.Operation.INSERT,
                rows.size() == 1 ? rows.get(0) : Map.of());
        JdbcTransactions.ConnectionWork<List<Map<String, Object>>> work = connection -> {
            if (rows.size() <= perStatement) {
                return insertChunk(connection, plan, shape, rows);
            }
            List<Map<String, Object>> stored = new ArrayList<>(rows.size());
            for (int from = 0; from < rows.size(); from += perStatement) {
                List<Map<String, Object>> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
                stored.addAll(insertChunk(connection, plan, shape, chunk));
            }
            return stored;
        };
        return rows.size() <= perStatement ? transactions.writeOneStatement(context, work)
                : transactions.write(context, work);
    }

    /** The column layout all rows share: their {@link RowValues} layout, or their keys in order. */
    private static RowLayout columnsOf(List<Map<String, Object>> rows) {
        Map<String, Object> first = rows.get(0);
        RowLayout columns = first instanceof RowValues array ? array.layout() : RowLayout.of(List.copyOf(first.keySet()));
        for (Map<String, Object> row : rows) {
            boolean same = row instanceof RowValues array ? array.layout().sameAs(columns)
                    : row.keySet().equals(first.keySet()) && row.size() == columns.size();
            if (!same) {
                throw new IllegalArgumentException("all rows of one insert must set the same attributes");
            }
        }
        return columns;
    }

    private List<Map<String, Object>> insertChunk(Connection connection, TablePlan plan, TablePlan.InsertShape shape,
                                                  List<Map<String, Object>> chunk) throws SQLException {
        String sql = chunk.size() == 1 ? shape.oneRowSql()
                : statements.insert(plan.resource, shape.columns().names(), chunk.size(), shape.returning());
        ColumnCodec[] binders = shape.codecs();
        List<String> columns = shape.columns().names();
        return prepared.with(connection, sql, ps -> {
            int index = 1;
            for (Map<String, Object> row : chunk) {
                if (row instanceof RowValues array) {
                    for (int c = 0; c < binders.length; c++) {
                        binders[c].bind(ps, index++, array.valueAt(c));
                    }
                } else {
                    for (int c = 0; c < binders.length; c++) {
                        binders[c].bind(ps, index++, row.get(columns.get(c)));
                    }
                }
            }
            if (!shape.returning()) {
                ps.executeUpdate();
                return echo(plan, chunk);
            }
            List<Map<String, Object>> stored = readAll(ps, plan);
            return inInputOrder(plan, chunk, stored);
        });
    }

    /**
     * The input rows as stored rows (every attribute sent, none generated): rows already in the resource's layout
     * are returned as they are, others are re-laid out.
     */
    private static List<Map<String, Object>> echo(TablePlan plan, List<Map<String, Object>> inputs) {
        List<Map<String, Object>> out = new ArrayList<>(inputs.size());
        for (Map<String, Object> input : inputs) {
            if (input instanceof RowValues array && array.layout().sameAs(plan.layout)) {
                out.add(array);
                continue;
            }
            Object[] values = new Object[plan.attributes.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = input.get(plan.attributes[i].name());
            }
            out.add(RowValues.wrap(plan.layout, values));
        }
        return out;
    }

    @Override
    public Optional<Map<String, Object>> find(Resource resource, Map<String, Object> primaryKey) {
        TablePlan plan = plan(resource);
        String sql = plan.selectByKeySql;
        return transactions.read(ErrorTranslator.Context.of(resource, ErrorTranslator.Operation.SELECT), connection -> {
            return prepared.with(connection, sql, ps -> {
                bindKey(ps, 1, plan, primaryKey);
                return first(readAll(ps, plan));
            });
        });
    }

    /**
     * RETURNING gives no order guarantee: match rows to inputs by primary key, or, for database-generated keys,
     * by ascending key (identities and rowids grow in insertion order).
     */
    private static List<Map<String, Object>> inInputOrder(TablePlan plan, List<Map<String, Object>> inputs,
                                                          List<Map<String, Object>> stored) {
        if (inputs.size() == 1) {
            return stored;
        }
        Attribute[] pk = plan.primaryKey;
        boolean keysGiven = true;
        for (Attribute a : pk) {
            keysGiven &= inputs.get(0).get(a.name()) != null;
        }
        if (!keysGiven) {
            String key = pk[0].name();
            List<Map<String, Object>> sorted = new ArrayList<>(stored);
            sorted.sort(Comparator.comparing(m -> (Long) m.get(key)));
            return sorted;
        }
        Map<Object, Map<String, Object>> byKey = new HashMap<>(stored.size() * 2);
        for (Map<String, Object> row : stored) {
            byKey.put(keyValue(pk, row), row);
        }
        List<Map<String, Object>> ordered = new ArrayList<>(inputs.size());
        for (Map<String, Object> input : inputs) {
            Map<String, Object> row = byKey.get(keyValue(pk, input));
            ordered.add(row != null ? row : Collections.emptyMap());
        }
        return ordered;
    }

    /** A key to match rows by: the value of a single-attribute key, the list of values of a composite one. */
    private static Object keyValue(Attribute[] pk, Map<String, Object> row) {
        if (pk.length == 1) {
            return row.get(pk[0].name());
        }
        List<Object> values = new ArrayList<>(pk.length);
        for (Attribute a : pk) {
            values.add(row.get(a.name()));
        }
        return values;
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
        TablePlan plan = plan(resource);
        String sql = jooq.render(query);
        List<Object> binds = jooq.extractBindValues(query);
        return transactions.read(ErrorTranslator.Context.of(resource, ErrorTranslator.Operation.SELECT), connection -> {
            return prepared.with(connection, sql, ps -> {
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                return readAll(ps, plan);
            });
        });
    }

    @Override
    public long count(Resource resource, Filter filter) {
        SelectQuery<?> query = jooq.selectQuery();
        query.addSelect(DSL.count());
        query.addFrom(table(name(resource.table())));
        if (filter != null) {
            query.addConditions(conditions.render(resource, filter));
        }
        String sql = jooq.render(query);
        List<Object> binds = jooq.extractBindValues(query);
        return transactions.read(ErrorTranslator.Context.of(resource, ErrorTranslator.Operation.SELECT), connection -> {
            return prepared.with(connection, sql, ps -> {
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
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
        TablePlan plan = plan(resource);
        List<String> columns = List.copyOf(changes.keySet());
        ColumnCodec[] binders = new ColumnCodec[columns.size()];
        for (int c = 0; c < binders.length; c++) {
            int index = plan.indexOf(columns.get(c));
            if (index < 0) {
                throw new IllegalArgumentException(resource.name() + " has no attribute " + columns.get(c));
            }
            binders[c] = plan.codecs[index];
        }
        String sql = statements.update(resource, columns);
        ErrorTranslator.Context context = new ErrorTranslator.Context(resource, ErrorTranslator.Operation.UPDATE, changes);
        return transactions.writeOneStatement(context, connection -> {
            return prepared.with(connection, sql, ps -> {
                int index = 1;
                for (int c = 0; c < binders.length; c++) {
                    binders[c].bind(ps, index++, changes.get(columns.get(c)));
                }
                bindKey(ps, index, plan, primaryKey);
                return first(readAll(ps, plan));
            });
        });
    }

    @Override
    public Optional<Map<String, Object>> delete(Resource resource, Map<String, Object> primaryKey) {
        TablePlan plan = plan(resource);
        String sql = plan.deleteSql;
        return transactions.writeOneStatement(ErrorTranslator.Context.of(resource, ErrorTranslator.Operation.DELETE), connection -> {
            return prepared.with(connection, sql, ps -> {
                bindKey(ps, 1, plan, primaryKey);
                return first(readAll(ps, plan));
            });
        });
    }

    private static Optional<Map<String, Object>> first(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static void bindKey(PreparedStatement ps, int index, TablePlan plan, Map<String, Object> key)
            throws SQLException {
        for (int i = 0; i < plan.primaryKey.length; i++) {
            plan.keyCodecs[i].bind(ps, index++, key.get(plan.primaryKey[i].name()));
        }
    }

    /** Runs the statement and decodes every row by the declared types, columns in attribute order. */
    private static List<Map<String, Object>> readAll(PreparedStatement ps, TablePlan plan) throws SQLException {
        ColumnCodec[] readers = plan.codecs;
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] values = new Object[readers.length];
                for (int i = 0; i < readers.length; i++) {
                    values[i] = readers[i].read(rs, i + 1);
                }
                rows.add(RowValues.wrap(plan.layout, values));
            }
        }
        return rows;
    }
}
