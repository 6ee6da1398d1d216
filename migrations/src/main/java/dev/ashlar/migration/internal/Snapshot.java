package dev.ashlar.migration.internal;

import dev.ashlar.schema.TableModel;

/**
 * One table's model at one migration version.
 *
 * @param version      the migration version that produced it, e.g. {@code 20261121054400}
 * @param dropDeclined the table's resource was removed and the user declined to drop the table; it is never
 *                     offered for drop again
 * @param removed      the table was dropped or renamed away at this version (a tombstone)
 */
public record Snapshot(TableModel model, String version, boolean dropDeclined, boolean removed) {
}
