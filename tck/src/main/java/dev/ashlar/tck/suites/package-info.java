/**
 * The conformance suites every data layer runs, named by behaviour. Each class declares its own resources and
 * domain as constants, opens them on fresh databases with {@link dev.ashlar.tck.TckContext#open}, and asserts the
 * behaviour the SPI documents as normalised: identical on every dialect.
 */
package dev.ashlar.tck.suites;
