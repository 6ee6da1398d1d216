/**
 * Canonical values: casting input to the one Java type each {@link dev.ashlar.resource.TypeKind} uses, with the
 * same rules on every dialect (decimals to their declared scale, times to microseconds, no NUL in text).
 */
package dev.ashlar.values;
