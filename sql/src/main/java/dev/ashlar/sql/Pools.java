package dev.ashlar.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ashlar.config.RepoConfig;
import javax.sql.DataSource;

/** HikariCP pools named after their repo; credentials go to the driver, never into the pool's printed config. */
public final class Pools {
    private Pools() {
    }

    /** A pool over a driver URL (PostgreSQL and friends). */
    public static HikariDataSource forUrl(RepoConfig config) {
        return forUrl(config, null);
    }

    /**
     * A pool over a driver URL whose every new connection first runs {@code sessionSetup} (e.g. {@code set
     * lock_timeout = ...}), or nothing when it is {@code null}.
     */
    public static HikariDataSource forUrl(RepoConfig config, String sessionSetup) {
        HikariConfig hikari = base(config);
        if (sessionSetup != null) {
            hikari.setConnectionInitSql(sessionSetup);
        }
        hikari.setJdbcUrl(config.url());
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            hikari.setPassword(config.password().reveal());
        }
        config.properties().forEach(hikari::addDataSourceProperty);
        return new HikariDataSource(hikari);
    }

    /**
     * A pool over a ready data source whose connections are already set up (SQLite with its pragmas).
     *
     * @param keepForever never retire connections (an in-memory database lives only as long as its connection)
     */
    public static HikariDataSource forDataSource(RepoConfig config, DataSource dataSource, int maxSize,
                                                 boolean keepForever) {
        HikariConfig hikari = base(config);
        hikari.setDataSource(dataSource);
        hikari.setMaximumPoolSize(maxSize);
        if (keepForever) {
            hikari.setMaxLifetime(0);
            hikari.setIdleTimeout(0);
        }
        return new HikariDataSource(hikari);
    }

    private static HikariConfig base(RepoConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("ashlar-" + config.name());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(1);
        return hikari;
    }
}
