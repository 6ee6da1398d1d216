/**
 * The migration SPI a dialect implements: a {@link dev.ashlar.migration.spi.MigrationProvider} registered in
 * {@code META-INF/services/dev.ashlar.migration.spi.MigrationProvider}, matched to the data layer by id, giving an
 * offline {@link dev.ashlar.migration.spi.MigrationPlanner} and a {@link dev.ashlar.migration.spi.MigrationRunner}
 * per repo, plus the values they exchange (operations, requests, infos, data loss).
 */
@NullMarked
package dev.ashlar.migration.spi;

import org.jspecify.annotations.NullMarked;
