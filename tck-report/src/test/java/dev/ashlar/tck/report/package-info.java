/** The cross-dialect check of the TCK reports: same tests, same results, differences only by capability. */
package dev.ashlar.tck.report;
