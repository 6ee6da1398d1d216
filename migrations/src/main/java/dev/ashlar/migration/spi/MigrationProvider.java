package dev.ashlar.migration.spi;

/**
 * A dialect's migration tooling, registered in {@code META-INF/services/dev.ashlar.migration.spi.MigrationProvider}
 * next to its {@link dev.ashlar.spi.DataLayerProvider} and matched to it by {@link #id()}. Kept apart from the data
 * layer so that an application that only runs actions carries no migration code (nor Flyway).
 */
public interface MigrationProvider {

    /** The id of the data layer this tooling serves ({@link dev.ashlar.spi.DataLayerProvider#id()}). */
    String id();

    /** Migration planning (offline) and running. */
    MigrationSupport migrations();
}
