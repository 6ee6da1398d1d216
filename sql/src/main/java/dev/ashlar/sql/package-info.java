/**
 * Machinery shared by the SQL data layers: statement rendering with jOOQ (rendered once per shape and cached),
 * binding through per-type codecs, thread-bound transactions with a rollback-only policy, DDL rendering with
 * inlined literals, and translation of constraint errors into Ashlar's typed errors. A dialect module supplies
 * only what differs, through {@link dev.ashlar.sql.SqlDialect}.
 */
package dev.ashlar.sql;
