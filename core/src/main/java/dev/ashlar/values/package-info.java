/** The error a value that does not fit its attribute type raises ({@link dev.ashlar.values.InvalidValueException}). */
package dev.ashlar.values;

