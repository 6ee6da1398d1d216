/**
 * The dialect-neutral schema model derived from declarations: tables, columns with logical types, primary keys,
 * unique and custom indexes, foreign keys with actions, checks, all with deterministic names. Dialects render it;
 * migrations diff it.
 */
@NullMarked
package dev.ashlar.schema;

import org.jspecify.annotations.NullMarked;
