/**
 * Dialect-neutral helpers of the migration planners: following a migration's operations through the table models
 * they change. Rendering stays in {@link dev.ashlar.sql.DdlRenderer} and the dialects' planners.
 */
package dev.ashlar.sql.plan;
