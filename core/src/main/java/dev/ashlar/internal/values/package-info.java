/**
 * Canonical values: casting input to the one Java type each {@link dev.ashlar.values.TypeKind} uses, with the
 * same rules on every dialect (decimals to their declared scale, times to microseconds, no NUL in text), and the
 * JSON codec for json attributes. <strong>Not API</strong> (see {@link dev.ashlar.internal}).
 */
@NullMarked
package dev.ashlar.internal.values;

import org.jspecify.annotations.NullMarked;
