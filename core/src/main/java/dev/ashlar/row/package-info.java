/** Immutable result rows with typed getters, and their mapping onto the user's Java records. */
@NullMarked
package dev.ashlar.row;

import org.jspecify.annotations.NullMarked;
