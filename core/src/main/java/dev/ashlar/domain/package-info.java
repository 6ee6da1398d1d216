/** Domains: the set of resources an application uses, with code-interface names, validated when built. */
@NullMarked
package dev.ashlar.domain;

import org.jspecify.annotations.NullMarked;
