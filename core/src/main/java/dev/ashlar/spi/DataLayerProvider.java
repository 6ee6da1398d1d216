package dev.ashlar.spi;

import dev.ashlar.config.RepoConfig;

/**
 * Entry point of a data layer, registered in {@code META-INF/services/dev.ashlar.spi.DataLayerProvider}.
 */
public interface DataLayerProvider {

    /** A short stable id such as {@code postgres} or {@code sqlite}; repos and resources may name it. */
    String id();

    /** Whether this provider can serve the repo, judged from its URL alone, without I/O. */
    boolean accepts(RepoConfig config);

    /** Opens the data layer for one repo (pool, capabilities). The caller closes it. */
    DataLayer open(RepoConfig config);

    /** Creates, drops and checks the repo's database itself; works while the database does not exist yet. */
    Storage storage(RepoConfig config);
}
