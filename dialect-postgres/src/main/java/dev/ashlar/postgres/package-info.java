/**
 * The PostgreSQL data layer: native types (uuid, numeric, timestamptz(6), jsonb, bytea), text ordered with the
 * {@code "C"} collation so it matches SQLite's byte order, error translation from SQLSTATE and constraint names, and
 * database create/drop through the maintenance database.
 */
package dev.ashlar.postgres;
