/**
 * What reads are made of: filter expressions and sorts with explicit null order ({@link dev.ashlar.Query} puts them
 * together with limit and offset). Values in filters are always sent
 * as bound parameters, never spliced into SQL.
 */
@NullMarked
package dev.ashlar.query;

import org.jspecify.annotations.NullMarked;
