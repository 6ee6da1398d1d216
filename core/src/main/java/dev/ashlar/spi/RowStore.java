package dev.ashlar.spi;

import dev.ashlar.query.Filter;
import dev.ashlar.query.Sort;
import dev.ashlar.resource.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Row access for one repo. Values are the canonical Java types of each attribute's
 * {@link dev.ashlar.values.TypeKind}; maps are keyed by attribute name. Constraint failures are raised as the
 * typed {@link dev.ashlar.error.ConstraintViolationException}s, naming the identity for unique violations.
 */
public interface RowStore {

    /**
     * Inserts rows, splitting them into statements that respect {@link Limits#maxBindParameters()}, and returns
     * them as stored (generated keys included), in input order. All rows must set the same attributes.
     */
    List<Map<String, Object>> insert(Resource resource, List<Map<String, Object>> rows);

    /** Rows matching {@code filter} (null for all), in {@code sorts} order, paged. */
    List<Map<String, Object>> select(Resource resource, Filter filter, List<Sort> sorts, Integer limit, int offset);

    /**
     * How many rows match {@code filter} (null for all). The default reads the rows; data layers count in the
     * database.
     */
    default long count(Resource resource, Filter filter) {
        return select(resource, filter, List.of(), null, 0).size();
    }

    /** The row with this primary key, or empty; the point lookup every get, update and destroy starts from. */
    default Optional<Map<String, Object>> find(Resource resource, Map<String, Object> primaryKey) {
        List<dev.ashlar.query.Filter> parts = new java.util.ArrayList<>();
        primaryKey.forEach((k, v) -> parts.add(dev.ashlar.query.Filter.where(k).eq(v)));
        List<Map<String, Object>> found = select(resource, new dev.ashlar.query.Filter.And(parts), List.of(), 1, 0);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Updates one row by primary key and returns it as stored, or empty when no row has that key. */
    Optional<Map<String, Object>> update(Resource resource, Map<String, Object> primaryKey,
                                         Map<String, Object> changes);

    /** Deletes one row by primary key and returns it as it was, or empty when no row has that key. */
    Optional<Map<String, Object>> delete(Resource resource, Map<String, Object> primaryKey);
}
