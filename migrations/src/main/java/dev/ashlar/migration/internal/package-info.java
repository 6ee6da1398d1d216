/**
 * Migration tooling shared with the {@code ashlar} command: committed snapshots and how they are stored, which repos a
 * domain's migrations cover and which
 * migration provider serves a data layer. <strong>Not API</strong>: public only for other Ashlar modules; changes
 * without notice.
 */
@NullMarked
package dev.ashlar.migration.internal;

import org.jspecify.annotations.NullMarked;
