/**
 * Row storage the engine and the data layers share: the attribute layout of a resource and the immutable value
 * array a {@link dev.ashlar.row.Row} wraps. <strong>Not API</strong> (see {@link dev.ashlar.internal}).
 */
@NullMarked
package dev.ashlar.internal.row;

import org.jspecify.annotations.NullMarked;
