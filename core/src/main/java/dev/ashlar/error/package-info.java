/**
 * The one error hierarchy of Ashlar. Every failure a user sees is an {@link dev.ashlar.error.AshlarException};
 * no {@code SQLException} or jOOQ exception escapes a data layer.
 */
@NullMarked
package dev.ashlar.error;

import org.jspecify.annotations.NullMarked;
