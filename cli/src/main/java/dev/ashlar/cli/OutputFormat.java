package dev.ashlar.cli;

/** What {@code status} and {@code diff} print on stdout: text for people, or one JSON document for tools. */
enum OutputFormat {
    TEXT, JSON
}
