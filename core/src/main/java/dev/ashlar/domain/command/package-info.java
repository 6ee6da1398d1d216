/**
 * Command declarations: which of a domain's actions the {@code ashlar} command line offers as commands of their own
 * ({@code ashlar list_articles --filter ...}), declared with {@link dev.ashlar.domain.Domain.Builder#commands} and
 * checked when the domain is built.
 */
@NullMarked
package dev.ashlar.domain.command;

import org.jspecify.annotations.NullMarked;
