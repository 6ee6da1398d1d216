package dev.ashlar.sqlite;

import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.lower;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.ConfigurationException;
import dev.ashlar.error.TimeoutException;
import dev.ashlar.values.AttributeType;
import dev.ashlar.values.TypeKind;
import dev.ashlar.schema.CheckModel;
import dev.ashlar.schema.ColumnModel;
import dev.ashlar.schema.TableModel;
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
import java.util.ArrayList;
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
import org.jooq.impl.DefaultDataType;
import org.jooq.impl.SQLDataType;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteLimits;

/**
 * SQLite specifics. Tables are {@code STRICT}, so a wrong type is refused as on PostgreSQL. Decimals are stored as
 * exact text: equality is exact, while {@code <}, {@code >} and sorting compare them as doubles (capability
 * {@link Capability#EXACT_DECIMAL_COMPARISON} absent).
 */
public final class SqliteDialect implements SqlDialect {
    public static final String ID = "sqlite";
    private static final DataType<Object> TEXT = DefaultDataType.getDefaultDataType(SQLDialect.SQLITE, "TEXT");
    private static final DataType<Object> INTEGER = DefaultDataType.getDefaultDataType(SQLDialect.SQLITE, "INTEGER");
    private static final DataType<Object> BLOB = DefaultDataType.getDefaultDataType(SQLDialect.SQLITE, "BLOB");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SQLDialect jooqDialect() {
        return SQLDialect.SQLITE;
    }

    @Override
    public ColumnCodec codec(AttributeType type) {
        return SqliteCodecs.of(type);
    }

    @Override
    public DataType<?> columnType(ColumnModel column) {
        return switch (column.type().kind()) {
            case INTEGER, BOOLEAN -> INTEGER;
            case BINARY -> BLOB;
            default -> TEXT;
        };
    }

    @Override
    public String createTableSuffix() {
        return " strict";
    }

    /** Booleans are integers in SQLite; keep them to 0 and 1. */
    @Override
    public List<CheckModel> storageChecks(TableModel table) {
        List<CheckModel> checks = new ArrayList<>();
        for (ColumnModel c : table.columns()) {
            if (c.type().kind() == TypeKind.BOOLEAN) {
                checks.add(CheckModel.sql(table.name() + "_" + c.name() + "_bool", "\"" + c.name() + "\" in (0, 1)"));
            }
        }
        return checks;
    }

    /**
     * The repo's lock timeout bounds both waits for the one writer: the in-process writer lock and
     * {@code busy_timeout} (another process holding the database file). SQLite has no statement timeout.
     */
    @Override
    public DataSource dataSource(RepoConfig config) {
        if (config.timeouts().limitsStatements()) {
            throw new ConfigurationException("repo " + config.name() + ": statement-timeout is not supported by "
                    + "sqlite (it has no statement timeout); remove it from the repo's config");
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, config.timeouts().lock().toMillis()));
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        sqlite.setGetGeneratedKeys(false); // RETURNING is used instead; eager key fetching slows inserts
        boolean memory = SqliteUrl.isMemory(config.url());
        if (!memory) {
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        java.util.Properties merged = sqlite.toProperties();
        merged.putAll(config.properties()); // the repo's own pragmas win
        SQLiteDataSource dataSource = new SQLiteDataSource(new SQLiteConfig(merged));
        dataSource.setUrl(config.url());
        return Pools.forDataSource(config, dataSource, memory ? 1 : config.poolSize(), memory);
    }

    @Override
    public Set<Capability> capabilities(Connection connection) throws SQLException {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select lower('É') = 'é'")) {
            if (rs.next() && rs.getInt(1) == 1) {
                capabilities.add(Capability.UNICODE_CASE_FOLDING); // only with the ICU extension
            }
        }
        return capabilities;
    }

    @Override
    public Limits limits(Connection connection) throws SQLException {
        int variables = connection.unwrap(SQLiteConnection.class).getDatabase()
                .limit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER.getId(), -1);
        return new Limits(variables, 10_000);
    }

    @Override
    public boolean serializeWrites() {
        return true;
    }

    /** sqlite-jdbc compiles the SQL (sqlite3_prepare) on every prepareStatement and caches nothing. */
    @Override
    public int preparedStatementCacheSize() {
        return 64;
    }

    @Override
    public Optional<ConstraintError> constraintError(SQLException e) {
        return SqliteErrors.classify(e);
    }

    @Override
    public Optional<TimeoutException.Wait> timeout(SQLException e) {
        return SqliteErrors.timeout(e);
    }

    /** Decimals are stored as exact text; ordering compares them as numbers (doubles). */
    @Override
    public Field<Object> operand(Field<Object> operand, AttributeType type, boolean ordering) {
        return switch (type.kind()) {
            case DECIMAL -> ordering ? cast(operand, SQLDataType.DOUBLE).coerce(Object.class) : operand;
            case CI_STRING -> lower(operand.coerce(String.class)).coerce(Object.class);
            default -> operand;
        };
    }

    @Override
    public Condition inJsonArray(Field<Object> lhs, AttributeType type, Field<String> jsonArray) {
        Field<Object> element = operand(DSL.field(DSL.name("value")), type, false);
        return DSL.condition("{0} in (select {1} from json_each({2}))", lhs, element, jsonArray);
    }

    @Override
    public dev.ashlar.schema.SchemaModel introspect(Connection connection) throws SQLException {
        return new SqliteIntrospector(connection).read();
    }

    @Override
    public dev.ashlar.schema.SchemaModel storageModel(dev.ashlar.schema.SchemaModel declared) {
        return SqliteStorageModel.of(declared);
    }

    @Override
    public String tableNamesQuery() {
        return "select name from sqlite_schema where type = 'table' and name not like 'sqlite\\_%' escape '\\' "
                + "and name <> 'flyway_schema_history' order by name";
    }
}
