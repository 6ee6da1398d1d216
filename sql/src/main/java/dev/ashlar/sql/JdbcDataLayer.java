package dev.ashlar.sql;

import com.zaxxer.hikari.HikariDataSource;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.error.AshlarException;
import dev.ashlar.error.DataLayerException;
import dev.ashlar.config.Redactor;
import dev.ashlar.spi.Capability;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.spi.Limits;
import dev.ashlar.spi.RowStore;
import dev.ashlar.spi.SchemaManager;
import dev.ashlar.spi.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** A data layer over a JDBC pool; the dialect supplies what differs. */
public final class JdbcDataLayer implements DataLayer {
    static {
        // jOOQ prints a banner and tips on first use unless told not to.
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    private final SqlDialect dialect;
    private final DataSource dataSource;
    private final Set<Capability> capabilities;
    private final Limits limits;
    private final JdbcTransactions transactions;
    private final JdbcRowStore rows;
    private final JdbcSchemaManager schema;

    private JdbcDataLayer(SqlDialect dialect, RepoConfig config, DataSource dataSource, Set<Capability> capabilities,
                          Limits limits) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.capabilities = Set.copyOf(capabilities);
        this.limits = limits;
        DSLContext jooq = jooq(dialect);
        ErrorTranslator errors = new ErrorTranslator(dialect, config);
        WriterLock writers = dialect.serializeWrites()
                ? WriterLock.bounded(config.name(), config.timeouts().lock()) : WriterLock.none();
        this.transactions = new JdbcTransactions(dataSource, writers, errors);
        Codecs codecs = new Codecs(dialect);
        this.rows = new JdbcRowStore(dialect, jooq, transactions, codecs, limits, this.capabilities);
        this.schema = new JdbcSchemaManager(dialect, new DdlRenderer(dialect, jooq), transactions);
    }

    /** Opens the repo's pool and probes capabilities and limits on one connection. */
    public static JdbcDataLayer open(SqlDialect dialect, RepoConfig config) {
        DataSource dataSource = null;
        try {
            dataSource = dialect.dataSource(config); // pools connect eagerly: configuration errors surface here
            try (Connection connection = dataSource.getConnection()) {
                return new JdbcDataLayer(dialect, config, dataSource, dialect.capabilities(connection),
                        dialect.limits(connection));
            }
        } catch (AshlarException e) {
            if (dataSource != null) {
                closePool(dataSource);
            }
            throw e;
        } catch (SQLException | RuntimeException e) {
            if (dataSource != null) {
                closePool(dataSource);
            }
            SafeErrors safe = new SafeErrors(dialect, config.secrets());
            String said = e instanceof SQLException sql ? safe.message(sql, null, Map.of())
                    : Redactor.text(e.getMessage(), config.secrets());
            throw new DataLayerException("cannot open repo " + config.name() + " (" + config.redactedUrl() + ") with "
                    + dialect.id() + ": " + said, safe.chain(e, null, Map.of()));
        }
    }

    /** A jOOQ context that only renders: quoted names, no logging of executed statements. */
    public static DSLContext jooq(SqlDialect dialect) {
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
                .withRenderFormatted(false)
                .withExecuteLogging(false);
        return DSL.using(dialect.jooqDialect(), settings);
    }

    @Override
    public String dialect() {
        return dialect.id();
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public RowStore rows() {
        return rows;
    }

    @Override
    public SchemaManager schema() {
        return schema;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    /** The pooled data source, for tools that run their own SQL (migrations). */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        closePool(dataSource);
    }

    private static void closePool(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }

    @Override
    public String toString() {
        return "JdbcDataLayer[" + dialect.id() + ", " + capabilities + "]";
    }
}
