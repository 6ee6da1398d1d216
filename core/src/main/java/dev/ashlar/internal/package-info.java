/**
 * Engine internals shared by Ashlar's own modules. <strong>Not API</strong>: the types under
 * {@code dev.ashlar.internal} are public only so that other Ashlar modules (the SQL machinery, the dialects, the
 * migration tooling) can use them; they change without notice, and the module descriptor exports them only to
 * those modules.
 */
@NullMarked
package dev.ashlar.internal;

import org.jspecify.annotations.NullMarked;
