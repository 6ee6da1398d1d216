/** The error a value that does not fit its attribute type raises ({@link dev.ashlar.values.InvalidValueException}). */
@NullMarked
package dev.ashlar.values;

import org.jspecify.annotations.NullMarked;
