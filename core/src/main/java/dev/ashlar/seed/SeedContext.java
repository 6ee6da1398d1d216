package dev.ashlar.seed;

import dev.ashlar.AshlarView;
import java.util.Objects;

/**
 * What a {@link Seeds} run gets.
 *
 * @param ashlar the running domain to write through (a view: the caller owns and closes the instance)
 * @param seed   the seed number every generator should use, so that a run can be replayed
 */
public record SeedContext(AshlarView ashlar, long seed) {
    public SeedContext {
        Objects.requireNonNull(ashlar, "ashlar");
    }
}
