package dev.ashlar.migration.spi;

import java.time.Instant;

/**
 * One migration as the runner sees it.
 *
 * @param version     e.g. {@code 20261121054400}
 * @param appliedAt   when it was applied, or {@code null}
 * @param destructive whether its down script drops or converts data (rollback counts whether any is there, and
 *                    needs force when some is)
 */
public record MigrationInfo(String version, String description, MigrationState state, Instant appliedAt,
                            boolean destructive) {
}
