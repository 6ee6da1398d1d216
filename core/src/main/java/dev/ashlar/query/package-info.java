/**
 * Reads: filter expressions, sorts with explicit null order, limit and offset. Values in filters are always sent
 * as bound parameters, never spliced into SQL.
 */
package dev.ashlar.query;
