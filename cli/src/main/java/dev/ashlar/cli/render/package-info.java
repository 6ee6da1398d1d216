/**
 * Printing what a domain command returns: rows as trees of exact, typed values with only public attributes (never
 * sensitive ones) plus loaded relationships, written as YAML, JSON or a text table.
 */
package dev.ashlar.cli.render;
