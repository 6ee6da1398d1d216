package dev.ashlar.migration.internal;

import dev.ashlar.migration.spi.MigrationException;
import dev.ashlar.migration.spi.MigrationProvider;
import dev.ashlar.migration.spi.MigrationSupport;
import dev.ashlar.spi.DataLayerProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The migration tooling found on the class path, matched to a data layer by its id. */
public final class MigrationProviders {
    private final List<MigrationProvider> providers;

    private MigrationProviders(List<MigrationProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    public static MigrationProviders of(List<MigrationProvider> providers) {
        return new MigrationProviders(providers);
    }

    /** The providers registered with {@link ServiceLoader} on the class path (the thread's context loader). */
    public static MigrationProviders discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    /** The providers registered with {@link ServiceLoader} visible to {@code loader}. */
    public static MigrationProviders discover(ClassLoader loader) {
        List<MigrationProvider> found = new ArrayList<>();
        ServiceLoader.load(MigrationProvider.class, loader).forEach(found::add);
        return new MigrationProviders(found);
    }

    public List<String> ids() {
        return providers.stream().map(MigrationProvider::id).toList();
    }

    /** The migration tooling of {@code dataLayer}; an error naming what to add when none is on the class path. */
    public MigrationSupport forDataLayer(DataLayerProvider dataLayer) {
        return providers.stream().filter(p -> p.id().equals(dataLayer.id())).findFirst()
                .map(MigrationProvider::migrations)
                .orElseThrow(() -> new MigrationException("data layer '" + dataLayer.id() + "' has no migration "
                        + "support on the class path (migration support found for: " + ids() + "); add "
                        + "ashlar-sql-migrations (and, for PostgreSQL, flyway-database-postgresql) next to the "
                        + "dialect module"));
    }
}
