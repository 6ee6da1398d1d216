/** Domains: the set of resources an application uses, with code-interface names, validated when built. */
package dev.ashlar.domain;
