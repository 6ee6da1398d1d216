package dev.ashlar.sqlite;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.spi.DataLayerProvider;
import dev.ashlar.spi.Storage;
import dev.ashlar.sql.JdbcDataLayer;

/** Registered with {@link java.util.ServiceLoader}; serves {@code jdbc:sqlite:} URLs. */
public final class SqliteProvider implements DataLayerProvider {

    @Override
    public String id() {
        return SqliteDialect.ID;
    }

    @Override
    public boolean accepts(RepoConfig config) {
        return config.url().startsWith(SqliteUrl.PREFIX);
    }

    @Override
    public DataLayer open(RepoConfig config) {
        return JdbcDataLayer.open(new SqliteDialect(), config);
    }

    @Override
    public Storage storage(RepoConfig config) {
        return new SqliteStorage(config);
    }
}
