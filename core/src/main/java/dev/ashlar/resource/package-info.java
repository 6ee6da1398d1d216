/**
 * Resource declarations: immutable values describing attributes, identities, relationships and actions, built
 * with small fluent builders ({@link dev.ashlar.resource.Resource#define}) and validated when the domain is built.
 */
@NullMarked
package dev.ashlar.resource;

import org.jspecify.annotations.NullMarked;
