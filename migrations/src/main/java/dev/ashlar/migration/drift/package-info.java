/**
 * The drift check's values: how a live database differs from the schema its migrations should have made
 * ({@link dev.ashlar.migration.drift.SchemaComparison}, {@link dev.ashlar.migration.drift.SchemaDifference}), and the
 * report {@link dev.ashlar.migration.Migrations#drift} returns per repo.
 */
@NullMarked
package dev.ashlar.migration.drift;

import org.jspecify.annotations.NullMarked;
