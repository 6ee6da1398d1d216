/** Immutable result rows with typed getters, and their mapping onto the user's Java records. */
package dev.ashlar.row;
