package dev.ashlar.sql;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.TimeoutException;
import dev.ashlar.values.AttributeType;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.TableModel;
import dev.ashlar.spi.Capability;
import dev.ashlar.spi.Limits;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SQLDialect;

/** Everything a SQL data layer does differently; the rest lives in {@link JdbcDataLayer}. */
public interface SqlDialect {

    /** The provider id. */
    String id();

    SQLDialect jooqDialect();

    /** The codec for a logical type. Called once per column shape; keep it cheap and stateless. */
    ColumnCodec codec(AttributeType type);

    /** The column type to declare in DDL. */
    DataType<?> columnType(ColumnModel column);

    /** Extra statements after {@code CREATE TABLE} text (e.g. {@code STRICT}), or empty. */
    default String createTableSuffix() {
        return "";
    }

    /** Extra checks a dialect needs for its storage (e.g. SQLite booleans stored as 0/1). */
    default List<CheckModel> storageChecks(TableModel table) {
        return List.of();
    }

    /**
     * The pooled data source for a repo, with any per-connection setup (pragmas, session settings) applied,
     * including the repo's {@link dev.ashlar.config.Timeouts}: a timeout the dialect cannot honour is a
     * {@link dev.ashlar.error.ConfigurationException}, never silently ignored.
     */
    DataSource dataSource(RepoConfig config);

    /**
     * Prepared statements the row store keeps per connection and reuses (0: prepare per call). Worth it where the
     * driver compiles SQL on every {@code prepareStatement} and keeps no cache of its own.
     */
    default int preparedStatementCacheSize() {
        return 0;
    }

    /** Capabilities, probed on a live connection. */
    Set<Capability> capabilities(Connection connection) throws SQLException;

    Limits limits(Connection connection) throws SQLException;

    /** Whether writes must be serialised in this process (SQLite: one writer at a time). */
    boolean serializeWrites();

    /** Reads a constraint failure out of a driver exception, or empty when it is not one. */
    Optional<ConstraintError> constraintError(SQLException e);

    /** What a driver exception says was waited for too long, or empty when it is not a timeout. */
    default Optional<TimeoutException.Wait> timeout(SQLException e) {
        return Optional.empty();
    }

    /**
     * The exception's message without anything the database quoted from rows or parameters (PostgreSQL's detail:
     * {@code Key (col)=(value)}, {@code Failing row contains (...)}). Ashlar prints only this, redacted further by
     * the repo's secrets, and never chains the driver's exception itself.
     */
    default String safeMessage(SQLException e) {
        return e.getMessage();
    }

    /**
     * How a column or a bound value of {@code type} is compared and sorted, so that every dialect orders values the
     * same way (e.g. PostgreSQL text under {@code COLLATE "C"}, SQLite decimals as numbers, case-insensitive
     * strings folded). Applied to both sides of a comparison and to sort keys.
     *
     * @param ordering true for {@code <}, {@code >} and sorting; false for equality
     */
    Field<Object> operand(Field<Object> operand, AttributeType type, boolean ordering);

    /**
     * {@code lhs in (<values of the bound JSON array>)}: membership in a list too long for one bind parameter each.
     * The array holds the values as {@link ColumnCodec#toBindValue} gives them (numbers stay numbers).
     */
    Condition inJsonArray(Field<Object> lhs, AttributeType type, Field<String> jsonArray);

    /** The live schema, read from catalogs or pragmas and normalised to the declaration's model. */
    dev.ashlar.schema.SchemaModel introspect(Connection connection) throws SQLException;

    /** The declared model at this dialect's storage level: what {@link #introspect} gives for it. */
    dev.ashlar.schema.SchemaModel storageModel(dev.ashlar.schema.SchemaModel declared);

    /** A query whose one column lists the user tables of the connected schema, bookkeeping tables excluded. */
    String tableNamesQuery();
}
