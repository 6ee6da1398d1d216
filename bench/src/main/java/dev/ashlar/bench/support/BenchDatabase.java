package dev.ashlar.bench.support;

import dev.ashlar.Ashlar;
import dev.ashlar.config.RepoConfig;
import dev.ashlar.schema.SchemaBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

/**
 * One fresh database holding the empty {@code item} table, created through Ashlar, plus what the three variants
 * need: a running {@link Ashlar}, a raw JDBC connection (auto-commit, set up like Ashlar's own connections) and a
 * plain jOOQ context over that connection.
 *
 * <ul>
 *   <li>SQLite: a new file in a temporary directory; WAL, {@code synchronous=NORMAL}, foreign keys on, busy timeout,
 *       {@code BEGIN IMMEDIATE}, eager generated-key fetching off (the settings Ashlar's SQLite layer uses).</li>
 *   <li>PostgreSQL: the schema {@code ashlar_bench} (dropped and re-created) in the database at {@code ASHLAR_PG_URL}
 *       (default {@code jdbc:postgresql://localhost:5432/postgres}, user/password {@code ASHLAR_PG_USER} /
 *       {@code ASHLAR_PG_PASSWORD}, default {@code postgres}).</li>
 * </ul>
 */
public final class BenchDatabase implements AutoCloseable {
    public static final String DEFAULT_PG_SCHEMA = "ashlar_bench";

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final BenchDialect dialect;
    private final String url;
    private final String user;
    private final String password;
    private final Path sqliteDir;
    private final String pgSchema;
    private final Ashlar ashlar;
    private final Connection jdbc;
    private final List<Connection> extraConnections = new ArrayList<>();
    private final List<Ashlar> extraAshlars = new ArrayList<>();
    private final DSLContext jooq;
    private final JdbcMapping mapping;
    private final JooqItems jooqItems;

    private BenchDatabase(BenchDialect dialect, String url, String user, String password, Path sqliteDir,
                          String pgSchema) throws SQLException {
        this.dialect = dialect;
        this.url = url;
        this.user = user;
        this.password = password;
        this.sqliteDir = sqliteDir;
        this.pgSchema = pgSchema;
        this.ashlar = Ashlar.builder().domain(ItemSchema.DOMAIN)
                .repo(RepoConfig.of(ItemSchema.REPO, url, user, password)).build();
        ashlar.dataLayer(ItemSchema.REPO).schema()
                .create(new SchemaBuilder(ItemSchema.DOMAIN.resources()).tables(ItemSchema.REPO));
        this.jdbc = connect(Map.of());
        this.jooq = DSL.using(jdbc, dialect.jooq(), new Settings().withExecuteLogging(false));
        this.mapping = JdbcMapping.of(dialect);
        this.jooqItems = new JooqItems(dialect);
    }

    /**
     * A fresh database for {@code dialect} ({@code sqlite} or {@code postgres}); on PostgreSQL in the schema named by
     * the system property {@code ashlar.bench.schema} (default {@value #DEFAULT_PG_SCHEMA}).
     */
    public static BenchDatabase open(String dialect) {
        return open(BenchDialect.of(dialect), System.getProperty("ashlar.bench.schema", DEFAULT_PG_SCHEMA));
    }

    public static BenchDatabase open(BenchDialect dialect, String pgSchema) {
        try {
            if (dialect == BenchDialect.SQLITE) {
                Path dir = Files.createTempDirectory("ashlar-bench-");
                return new BenchDatabase(dialect, "jdbc:sqlite:" + dir.resolve("bench.db"), "", "", dir, null);
            }
            String base = env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
            String user = env("ASHLAR_PG_USER", "postgres");
            String password = env("ASHLAR_PG_PASSWORD", "postgres");
            try (Connection c = DriverManager.getConnection(base, user, password);
                 Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + pgSchema + " cascade");
                s.execute("create schema " + pgSchema);
            }
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + pgSchema;
            return new BenchDatabase(dialect, url, user, password, null, pgSchema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the " + dialect.id() + " benchmark database: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why PostgreSQL cannot be used, or empty when it can. */
    public static Optional<String> postgresUnavailable() {
        String base = env("ASHLAR_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(base, env("ASHLAR_PG_USER", "postgres"),
                env("ASHLAR_PG_PASSWORD", "postgres"))) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostgreSQL is unreachable (set ASHLAR_PG_URL): " + e.getMessage());
        }
    }

    public BenchDialect dialect() {
        return dialect;
    }

    public Ashlar ashlar() {
        return ashlar;
    }

    /** The raw JDBC connection, in auto-commit mode. */
    public Connection jdbc() {
        return jdbc;
    }

    /** Plain jOOQ over {@link #jdbc()}, execute logging off. */
    public DSLContext jooq() {
        return jooq;
    }

    public JdbcMapping mapping() {
        return mapping;
    }

    public JooqItems jooqItems() {
        return jooqItems;
    }

    /** Another Ashlar on this database for {@code domain} (its tables created), closed with this fixture. */
    public Ashlar openDomain(dev.ashlar.domain.Domain domain) {
        Ashlar other = Ashlar.builder().domain(domain).repo(RepoConfig.of(ItemSchema.REPO, url, user, password)).build();
        other.dataLayer(ItemSchema.REPO).schema().create(new SchemaBuilder(domain.resources()).tables(ItemSchema.REPO));
        extraAshlars.add(other);
        return other;
    }

    /** Another raw connection with extra driver properties (e.g. {@code reWriteBatchedInserts}); closed with this. */
    public Connection connect(Map<String, String> properties) throws SQLException {
        Connection c;
        if (dialect == BenchDialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(10_000);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setGetGeneratedKeys(false);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            Properties props = config.toProperties();
            props.putAll(properties);
            c = DriverManager.getConnection(url, props);
        } else {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            props.putAll(properties);
            c = DriverManager.getConnection(url, props);
        }
        extraConnections.add(c);
        return c;
    }

    /** Empties the table (outside any timing). */
    public void truncate() {
        execute(dialect == BenchDialect.POSTGRES ? "truncate table item" : "delete from item");
    }

    /** Inserts the items with a plain JDBC batch in one transaction (fixture only, never timed). */
    public void populate(List<Item> items) {
        try (PreparedStatement ps = jdbc.prepareStatement(ItemSchema.INSERT)) {
            jdbc.setAutoCommit(false);
            int n = 0;
            for (Item item : items) {
                mapping.bind(ps, 0, item);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            jdbc.commit();
            jdbc.setAutoCommit(true);
            if (dialect == BenchDialect.POSTGRES) {
                execute("analyze item");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count() {
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("select count(*) from item")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every stored item by id, read with the hand-written mapping (for checks, never timed). */
    public Map<UUID, Item> readAll() {
        Map<UUID, Item> all = new LinkedHashMap<>();
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery(ItemSchema.SELECT_ALL)) {
            while (rs.next()) {
                Item item = mapping.read(rs);
                all.put(item.id(), item);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private void execute(String sql) {
        try (Statement s = jdbc.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (Connection c : extraConnections) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        extraAshlars.forEach(Ashlar::close);
        ashlar.close();
        if (pgSchema != null) {
            try (Connection c = DriverManager.getConnection(env("ASHLAR_PG_URL",
                    "jdbc:postgresql://localhost:5432/postgres"), user, password);
                 Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + pgSchema + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop schema " + pgSchema + ": " + e.getMessage(), e);
            }
        }
        if (sqliteDir != null) {
            try (Stream<Path> files = Files.walk(sqliteDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
