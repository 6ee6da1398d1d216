package dev.ashlar.postgres;

import static org.jooq.impl.DSL.lower;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.config.Timeouts;
import dev.ashlar.error.TimeoutException;
import dev.ashlar.values.AttributeType;
import dev.ashlar.values.TypeKind;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.spi.Capability;
import dev.ashlar.spi.Limits;
import dev.ashlar.sql.ColumnCodec;
import dev.ashlar.sql.ConstraintError;
import dev.ashlar.sql.Pools;
import dev.ashlar.sql.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.SQLDataType;

/**
 * PostgreSQL specifics. Text is compared and sorted with {@code COLLATE "C"} (code-point order, as in SQLite)
 * instead of the cluster's locale collation.
 */
public final class PostgresDialect implements SqlDialect {
    public static final String ID = "postgres";
    /** The wire protocol counts bind parameters in 16 bits. */
    private static final int MAX_BIND_PARAMETERS = 65_535;
    private static final int MAX_IDENTIFIER_LENGTH = 63;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SQLDialect jooqDialect() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public ColumnCodec codec(AttributeType type) {
        return PostgresCodecs.of(type);
    }

    @Override
    public DataType<?> columnType(ColumnModel column) {
        AttributeType type = column.type();
        return switch (type.kind()) {
            case UUID -> SQLDataType.UUID;
            case STRING -> type.maxLength() > 0 ? SQLDataType.VARCHAR(type.maxLength()) : SQLDataType.CLOB;
            case CI_STRING, TEXT, ENUM -> SQLDataType.CLOB;
            case INTEGER -> column.identity() ? SQLDataType.BIGINT.generatedByDefaultAsIdentity() : SQLDataType.BIGINT;
            case DECIMAL -> type.hasPrecision() ? SQLDataType.NUMERIC(type.precision(), type.scale())
                    : SQLDataType.NUMERIC;
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case DATE -> SQLDataType.LOCALDATE;
            case TIME -> SQLDataType.LOCALTIME(6);
            case TIMESTAMP -> SQLDataType.TIMESTAMPWITHTIMEZONE(6);
            case JSON -> SQLDataType.JSONB;
            case BINARY -> SQLDataType.BLOB;
        };
    }

    /**
     * Each connection sets the repo's {@code lock_timeout} (and {@code statement_timeout} when limited) for its
     * session. The driver is told not to put the server's error detail (row values) into exception messages and
     * logs: {@code logServerErrorDetail=false}, whatever the repo's properties say.
     */
    @Override
    public DataSource dataSource(RepoConfig config) {
        Timeouts timeouts = config.timeouts();
        String session = "set lock_timeout = " + timeouts.lock().toMillis()
                + (timeouts.limitsStatements() ? "; set statement_timeout = " + timeouts.statement().toMillis() : "");
        return Pools.forUrl(config.withProperty(PostgresErrors.DETAIL_PROPERTY, "false"), session);
    }

    @Override
    public Set<Capability> capabilities(Connection connection) throws SQLException {
        Set<Capability> capabilities = EnumSet.of(Capability.EXACT_DECIMAL_COMPARISON, Capability.ROW_LOCKS,
                Capability.CONCURRENT_WRITERS, Capability.ALTER_COLUMN);
        if (connection.getMetaData().getDatabaseMajorVersion() >= 15) {
            capabilities.add(Capability.NULLS_NOT_DISTINCT);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select lower('É') = 'é'")) {
            if (rs.next() && rs.getBoolean(1)) {
                capabilities.add(Capability.UNICODE_CASE_FOLDING); // depends on the database's LC_CTYPE
            }
        }
        return capabilities;
    }

    @Override
    public Limits limits(Connection connection) {
        return new Limits(MAX_BIND_PARAMETERS, MAX_IDENTIFIER_LENGTH);
    }

    @Override
    public boolean serializeWrites() {
        return false;
    }

    @Override
    public Optional<ConstraintError> constraintError(SQLException e) {
        return PostgresErrors.classify(e);
    }

    @Override
    public Optional<TimeoutException.Wait> timeout(SQLException e) {
        return PostgresErrors.timeout(e);
    }

    @Override
    public String safeMessage(SQLException e) {
        return PostgresErrors.safeMessage(e);
    }

    /** Text orders by code point ({@code COLLATE "C"}) as in SQLite; case-insensitive strings are folded. */
    @Override
    public Field<Object> operand(Field<Object> operand, AttributeType type, boolean ordering) {
        if (type.kind() == TypeKind.CI_STRING) {
            Field<String> folded = lower(operand.coerce(String.class));
            return (ordering ? folded.collate("C") : folded).coerce(Object.class);
        }
        if (ordering && type.isTextual()) {
            return operand.coerce(String.class).collate("C").coerce(Object.class);
        }
        return operand; // equality keeps the bare column, so its indexes serve the lookup
    }

    /** The array's elements come out as text and are cast to the column's type. */
    @Override
    public Condition inJsonArray(Field<Object> lhs, AttributeType type, Field<String> jsonArray) {
        Field<Object> text = DSL.field(DSL.name("e", "value"));
        Field<Object> element = operand(type.isTextual() ? text
                : DSL.field("cast({0} as {1})", Object.class, text, DSL.keyword(elementType(type))), type, false);
        return DSL.condition("{0} in (select {1} from jsonb_array_elements_text(cast({2} as jsonb)) as e(value))",
                lhs, element, jsonArray);
    }

    private static String elementType(AttributeType type) {
        return switch (type.kind()) {
            case UUID -> "uuid";
            case INTEGER -> "bigint";
            case DECIMAL -> "numeric";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamptz";
            default -> throw new IllegalArgumentException(type + " cannot be in a membership filter");
        };
    }

    @Override
    public dev.ashlar.schema.SchemaModel introspect(Connection connection) throws SQLException {
        return new PostgresIntrospector(connection).read();
    }

    @Override
    public dev.ashlar.schema.SchemaModel storageModel(dev.ashlar.schema.SchemaModel declared) {
        return PostgresStorageModel.of(declared);
    }

    @Override
    public String tableNamesQuery() {
        return "select table_name from information_schema.tables where table_schema = current_schema() "
                + "and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1";
    }
}
