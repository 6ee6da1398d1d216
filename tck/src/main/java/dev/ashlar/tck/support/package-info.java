/** Helpers for a dialect's own tests beyond the TCK suites: hand-written schema models. */
package dev.ashlar.tck.support;
