/**
 * The entry point: {@link dev.ashlar.Ashlar} runs a domain's actions and reads against the data layers of its
 * repos. Everything else in this package is the engine behind it.
 */
@NullMarked
package dev.ashlar;

import org.jspecify.annotations.NullMarked;
