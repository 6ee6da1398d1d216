/**
 * The SQLite data layer: STRICT tables, values stored so that text order equals value order (fixed-width ISO
 * timestamps, canonical decimals), foreign keys, busy timeout and WAL on every pooled connection, and one writer at a
 * time in the process.
 */
package dev.ashlar.sqlite;
