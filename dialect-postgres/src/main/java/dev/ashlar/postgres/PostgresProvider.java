package dev.ashlar.postgres;

import dev.ashlar.config.RepoConfig;
import dev.ashlar.spi.DataLayer;
import dev.ashlar.spi.DataLayerProvider;
import dev.ashlar.spi.Storage;
import dev.ashlar.sql.JdbcDataLayer;

/**
 * Registered with {@link java.util.ServiceLoader}; serves {@code jdbc:postgresql:} URLs. Every repo config it is given
 * has a URL's user-info moved into its user and password first ({@link PostgresUserInfo}).
 */
public final class PostgresProvider implements DataLayerProvider {

    @Override
    public String id() {
        return PostgresDialect.ID;
    }

    @Override
    public boolean accepts(RepoConfig config) {
        return config.url().startsWith(PostgresUrl.PREFIX);
    }

    @Override
    public DataLayer open(RepoConfig config) {
        return JdbcDataLayer.open(new PostgresDialect(), PostgresUserInfo.moveToSettings(config));
    }

    @Override
    public Storage storage(RepoConfig config) {
        return new PostgresStorage(PostgresUserInfo.moveToSettings(config));
    }
}
